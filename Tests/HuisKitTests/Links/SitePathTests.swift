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

/// Paths are split on their bytes when they are ASCII: the answers must be
/// those of the Character-based forms, whatever the slashes and dots.
@Suite struct PathBytesTests {
    static let paths = ["", "/", "//", "a", "a/", "/a", "a//b", "a/b/", "a/b/c.md", "./a", "../a", "a/../b", "..", ".", "a/./b/",
                        "partners/caw/", "regions/r/pages", "../../x.md", "files/folder.pdf", "x/y/z/", "x/y/w/"]

    @Test func relativePathsAreThoseOfTheCharacterForm() {
        for from in Self.paths {
            for to in Self.paths {
                for fragment in [nil, "", "antenne", "é"] {
                    #expect(SitePath.relative(from: from, to: to, fragment: fragment)
                            == SitePath.relativeByCharacters(from: from, to: to, fragment: fragment), "\(from) → \(to)")
                }
            }
        }
    }

    @Test func joinedPathsAreThoseOfTheCharacterForm() {
        for folder in Self.paths {
            for relative in Self.paths {
                #expect(BodyLinkResolver.join(folder: folder, relative)
                        == BodyLinkResolver.joinByCharacters(folder: folder, relative), "\(folder) + \(relative)")
            }
        }
    }

    @Test func nonASCIIPathsUseCharacters() {
        #expect(SitePath.relative(from: "é/", to: "é/x/") == "x/index.html")
        #expect(BodyLinkResolver.join(folder: "a/é", "../b.md") == "a/b.md")
        #expect(PathComponents("a/é") == nil)
    }

    @Test func markdownSuffixIgnoresCase() {
        for path in ["a.md", "a.MD", "a.Md", "a.mD", "md", ".md", "a.mdx", "a\u{0E}md", "a.nd", "é.MD", "a.m"] {
            #expect(BodyLinkResolver.hasMarkdownSuffix(path) == path.lowercased().hasSuffix(".md"), "\(path)")
        }
    }
}
