import Foundation
import Testing
@testable import HuisKit

/// What every page of the default theme must have, checked on the fixture
/// site: one `h1`, a `lang`, a skip link to the main content, the landmarks,
/// a label for every form control and `alt` on every image. (The browser gate
/// in Tests/Accessibility runs axe-core and the Nu checker on the demo site.)
@Suite struct PageStructureTests {
    static let site = FixtureSite.shared.folder
    static let pages = FixtureSite.html(in: site)

    static func count(_ needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    @Test func thereArePagesToCheck() {
        #expect(Self.pages.count >= 45)
    }

    @Test(arguments: pages)
    func pageHasTheRequiredStructure(_ page: String) {
        let html = FixtureSite.read(page, in: Self.site)
        #expect(Self.count("<h1", in: html) == 1, "\(page): one h1")
        #expect(html.contains("<html lang=\"nl-BE\""), "\(page): lang")
        #expect(html.contains("<a class=\"skip-link\" href=\"#inhoud\">"), "\(page): skip link")
        #expect(Self.count("<main id=\"inhoud\"", in: html) == 1, "\(page): one main, the skip link's target")
        #expect(html.contains("<header"), "\(page): header")
        #expect(html.contains("<footer"), "\(page): footer")
        // Several navigation landmarks: each needs a name.
        let navs = Self.count("<nav", in: html)
        #expect(Self.count("<nav aria-label=\"", in: html) + Self.count("<nav class=\"menu\" aria-label=\"", in: html)
                + Self.count("<nav class=\"ages\" aria-label=\"", in: html) + Self.count("<nav class=\"breadcrumbs\" aria-label=\"", in: html)
                + Self.count("<nav class=\"letters\" aria-label=\"", in: html) + Self.count("<nav class=\"neighbours\" aria-label=\"", in: html)
                == navs, "\(page): every nav has an aria-label")
        // Every input has a label pointing at its id.
        var rest = html[...]
        while let range = rest.range(of: "<input ") {
            rest = rest[range.upperBound...]
            let tag = rest.prefix { $0 != ">" }
            if let idRange = tag.range(of: "id=\"") {
                let id = tag[idRange.upperBound...].prefix { $0 != "\"" }
                #expect(html.contains("<label for=\"\(id)\""), "\(page): input #\(id) has a label")
            } else {
                Issue.record("\(page): an input without id cannot have a label")
            }
        }
        for image in html.components(separatedBy: "<img ").dropFirst() {
            #expect(image.prefix { $0 != ">" }.contains("alt=\""), "\(page): every image has alt")
        }
    }

    @Test func headingsNeverSkipALevelGoingDown() {
        for page in Self.pages {
            let html = FixtureSite.read(page, in: Self.site)
            var previous = 0
            for part in html.components(separatedBy: "<h").dropFirst() {
                guard let digit = part.first?.wholeNumberValue, (1...6).contains(digit) else { continue }
                #expect(previous == 0 || digit <= previous + 1, "\(page): h\(previous) followed by h\(digit)")
                previous = digit
            }
        }
    }
}
