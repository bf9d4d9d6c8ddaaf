/// One `<meta>` element as data: the theme writes and escapes it.
public struct MetaTag: Hashable, Sendable {
    /// `name="description"` or Open Graph's `property="og:title"`.
    public enum Attribute: String, Hashable, Sendable {
        case name
        case property
    }

    public var attribute: Attribute
    public var key: String
    public var content: String

    public init(_ attribute: Attribute, _ key: String, _ content: String) {
        self.attribute = attribute
        self.key = key
        self.content = content
    }
}

/// The description and Open Graph meta tags of a page.
public enum PageMeta {
    /// `website` for most pages, `article` for news.
    public enum Kind: String, Sendable {
        case website
        case article
    }

    /// - `description` and `og:description` when there is a description;
    /// - `og:title`, `og:type`, `og:site_name`, `og:locale` always;
    /// - `og:url` and `og:image` (the region's logo) only with a `base_url`,
    ///   as Open Graph needs absolute URLs;
    /// - `article:published_time` for news.
    public static func tags(title: String, description: String?, kind: Kind, path: String,
                            region: Region, site: Site, published: LocalDate? = nil) -> [MetaTag] {
        var tags: [MetaTag] = []
        let description = description.map(Excerpt.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        if let description { tags.append(MetaTag(.name, "description", description)) }
        tags.append(MetaTag(.property, "og:title", title))
        if let description { tags.append(MetaTag(.property, "og:description", description)) }
        tags.append(MetaTag(.property, "og:type", kind.rawValue))
        tags.append(MetaTag(.property, "og:site_name", region.title))
        tags.append(MetaTag(.property, "og:locale", site.language.split(separator: "-").joined(separator: "_")))
        if let address = SiteAddress(region.baseURL) {
            tags.append(MetaTag(.property, "og:url", address.absolute(path)))
            if let logo = region.logo {
                tags.append(MetaTag(.property, "og:image", address.absolute(logo)))
                if let alt = region.logoAlt { tags.append(MetaTag(.property, "og:image:alt", alt)) }
            }
        }
        if kind == .article, let published {
            tags.append(MetaTag(.property, "article:published_time", FeedTimestamp.rfc3339(startOf: published)))
        }
        return tags
    }
}
