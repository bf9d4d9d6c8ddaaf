/// Builds the template context of each page of a region.
///
/// Every context has the same frame (`lang`, `strings`, `root`, `assets`,
/// `site`, `region`, `page`, `nav`, `breadcrumbs`) plus what its page kind shows.
/// Paths in values are relative to the region root; templates write
/// `{{root}}{{path}}`.
struct PageContextBuilder: Sendable {
    let data: RegionRenderData
    private let regionValue: TemplateValue
    private let agesNav: [TemplateValue]
    private let menu: [(key: String, value: TemplateValue)]

    init(_ data: RegionRenderData) {
        self.data = data
        let region = data.region
        regionValue = [
            "id": .string(region.id),
            "title": .string(region.title),
            "short_title": .string(region.shortTitle ?? region.title),
            "logo": region.logo.map { ["path": .string($0), "alt": .string(region.logoAlt ?? "")] } ?? .null,
            "contact": data.values.contact(region.contact),
            "municipalities": .array(region.municipalities.map { ["name": .string($0), "path": .string(data.values.page(SitePath.municipality($0)))] }),
            "several_municipalities": .bool(region.hasSeveralMunicipalities),
            "intro": data.values.body(region.source),
        ]
        agesNav = data.site.ages.map { age in
            ["id": .string(age.id), "label": .string(age.label), "path": .string(data.values.page(SitePath.age(age.id)))]
        }
        let pages = data.contentPages.filter { $0.menu != nil }.map { page -> (String, TemplateValue) in
            ("page:\(page.slug)", ["title": .string(page.title), "path": .string(data.values.page(SitePath.page(page.slug)))])
        }
        let strings = data.strings["nav"]
        func section(_ key: String, _ folder: String) -> (String, TemplateValue) {
            (key, ["title": strings?[key] ?? .string(key), "path": .string(data.values.page(folder))])
        }
        menu = pages + [section("partners", SitePath.partners), section("news", SitePath.newsIndex),
                        section("events", SitePath.events), section("contact", SitePath.contact)]
    }

    func context(for spec: PageSpec) -> TemplateValue {
        var page = PageContent(title: data.region.title, kind: spec.template)
        fill(&page, for: spec)
        let folder = spec.folder(data)
        let root: String
        if spec == .notFound, let base = data.region.baseURL {
            // A 404 page is served at any depth, so relative links cannot work there.
            root = base.withTrailingSlash
        } else {
            let depth = PathComponents(folder)?.count ?? folder.split(separator: "/").count
            root = String(repeating: "../", count: depth)
        }
        var pageValue = page.fields
        pageValue["title"] = .string(page.title)
        pageValue["kind"] = .string(spec.template)
        pageValue["is_home"] = .bool(spec == .home)
        pageValue["description"] = page.description.map(TemplateValue.string) ?? .null
        pageValue["canonical"] = data.region.baseURL.map { .string($0.withTrailingSlash + folder) } ?? .null
        return [
            "head": head(page, folder: folder, isNotFound: spec == .notFound),
            "lang": .string(data.site.language),
            "strings": data.strings,
            "root": .string(root),
            // The 404 page links to base_url (it is served at any depth), but
            // its stylesheet stays relative so the page also works locally.
            "assets": .string(spec == .notFound ? "assets/" : root + "assets/"),
            "site": ["title": .string(data.site.title)],
            "region": regionValue,
            "page": .dictionary(pageValue),
            "nav": ["ages": .array(agesNav.map { mark($0, current: spec == .age($0["id"]?.interpolationText ?? "")) }),
                    "menu": .array(menu.map { mark($0.value, current: page.menuKey == $0.key) }),
                    "search": .string(data.values.page(SitePath.search))],
            "breadcrumbs": .list(page.breadcrumbs),
        ]
    }

    /// Meta tags (description, Open Graph) and JSON-LD for the page's `<head>`.
    private func head(_ page: PageContent, folder: String, isNotFound: Bool) -> TemplateValue {
        let meta = PageMeta.tags(title: page.title, description: page.description, kind: page.metaKind, path: folder,
                                 region: data.region, site: data.site, published: page.published)
        var nodes = page.structuredData
        if !isNotFound {
            let trail = page.breadcrumbs.compactMap { crumb -> Breadcrumb? in
                guard let title = crumb["title"]?.interpolationText, let path = crumb["path"]?.interpolationText else { return nil }
                return Breadcrumb(name: title, path: path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            } + [Breadcrumb(name: page.title, path: folder)]
            if trail.count > 1, let list = data.jsonLD.breadcrumbList(trail) { nodes.append(list) }
        }
        return [
            "meta": .array(meta.map { ["attribute": .string($0.attribute.rawValue), "key": .string($0.key), "content": .string($0.content)] }),
            "jsonld": nodes.isEmpty ? .null : .string(JSONLDBuilder.scriptElement(nodes)),
            "feed": data.region.baseURL == nil || data.published.news.isEmpty ? .null : .string(FeedPaths.feed),
        ]
    }

    private func mark(_ item: TemplateValue, current: Bool) -> TemplateValue {
        guard current, case .dictionary(var fields) = item else { return item }
        fields["current"] = true
        return .dictionary(fields)
    }
}

/// What one page kind adds to the frame.
struct PageContent {
    var title: String
    var kind: String
    var description: String?
    var fields: TemplateDictionary = [:]
    var breadcrumbs: [TemplateValue] = []
    /// The menu entry to mark as current.
    var menuKey: String?
    /// Structured data about what the page shows (schema.org), besides its breadcrumbs.
    var structuredData: [JSONLDNode] = []
    var metaKind: PageMeta.Kind = .website
    var published: LocalDate?

    init(title: String, kind: String) {
        self.title = title
        self.kind = kind
    }

    mutating func crumb(_ title: String, _ path: String) {
        breadcrumbs.append(["title": .string(title), "path": .string(path)])
    }
}
