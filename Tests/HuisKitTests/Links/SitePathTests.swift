import Testing
@testable import HuisKit

@Suite struct SitePathTests {
    @Test(arguments: [
        ("partners/a/", "partners/b/", "../b/index.html"),
        ("partners/a/", "nieuws/x/", "../../nieuws/x/index.html"),
        ("", "partners/a/", "partners/a/index.html"),
        ("partners/a/", "", "../../index.html"),
        ("over-ons/", "files/folder.pdf", "../files/folder.pdf"),
        ("", "files/logo.png", "files/logo.png"),
        ("ranst/", "kortenberg/", "../kortenberg/index.html"),
        ("partners/", "partners/", "index.html"),
    ])
    func relativeLinksWorkFromDisk(_ from: String, _ to: String, _ href: String) {
        #expect(SitePath.relative(from: from, to: to) == href)
    }

    @Test func fragmentsAreKept() {
        #expect(SitePath.relative(from: "a/", to: "contact/", fragment: "antenne") == "../contact/index.html#antenne")
    }

    @Test func joinResolvesDotsAndRefusesToClimbOut() {
        #expect(BodyLinkResolver.join(folder: "regions/r/pages", "../partners/a.md") == "regions/r/partners/a.md")
        #expect(BodyLinkResolver.join(folder: "regions/r/pages", "./b.md") == "regions/r/pages/b.md")
        #expect(BodyLinkResolver.join(folder: "partners", "../../x.md") == nil)
        #expect(BodyLinkResolver.join(folder: "regions/r/pages", "/partners/a.md") == "partners/a.md")
    }

    @Test func schemesAreRecognised() {
        #expect(BodyLinkResolver.hasScheme("https://x.be"))
        #expect(BodyLinkResolver.hasScheme("mailto:a@b.be"))
        #expect(BodyLinkResolver.hasScheme("tel:+3214"))
        #expect(!BodyLinkResolver.hasScheme("../a.md"))
        #expect(!BodyLinkResolver.hasScheme("files/a:b.pdf"))
        #expect(!BodyLinkResolver.hasScheme("1http:x"))
    }
}
