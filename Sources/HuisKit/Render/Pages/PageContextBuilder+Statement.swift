/// The accessibility statement's values (`page.statement` in the template).
extension PageContextBuilder {
    func statement(_ s: AccessibilityStatement) -> TemplateValue {
        let format = data.values.format
        func date(_ day: LocalDate?) -> TemplateValue {
            day.map { ["text": .string(format.date($0)), "iso": .string($0.description)] } ?? .null
        }
        let exceptions: [TemplateValue] = s.exceptions.map { e in
            ["what": .string(e.what),
             "reason": e.reason.map(TemplateValue.string) ?? .null,
             "alternative": e.alternative.map(TemplateValue.string) ?? .null]
        }
        return [
            "full": .bool(s.status == .full),
            "partial": .bool(s.status == .partial),
            "none": .bool(s.status == .none),
            "exceptions": .list(exceptions),
            "evaluated": date(s.evaluated),
            "method": s.method.map(TemplateValue.string) ?? .null,
            "drawn_up": date(s.statementDate),
            "contact_path": .string(data.values.page(SitePath.contact)),
            "site_url": data.region.baseURL.map { .string(ModelValues.displayURL($0)) } ?? .null,
        ]
    }
}
