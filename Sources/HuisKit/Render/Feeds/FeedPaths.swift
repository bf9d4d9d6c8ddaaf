/// Where the machine-readable files live, relative to a region's output
/// folder (`public/<region-id>/`); `networkPartners` is relative to `public/`.
public enum FeedPaths {
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let feed = "feed.xml"
    public static let agenda = "agenda.ics"
    public static let partners = "partners.json"
    /// The open data of the whole network, in `public/`.
    public static let networkPartners = "partners.json"

    /// One event's calendar, beside its page and named after it, so a
    /// downloaded file says what it is (`voorleesuur.ics`, not `agenda.ics`).
    public static func eventCalendar(_ slug: String) -> String { SitePath.event(slug) + "\(slug).ics" }

    /// The calendar of one age group, beside the age page.
    public static func ageCalendar(_ ageID: String) -> String { SitePath.age(ageID) + "agenda.ics" }
}
