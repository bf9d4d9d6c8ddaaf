import Foundation
import Testing
@testable import HuisKit

/// Behaviour beyond the spec vectors: huis's escaping, truthiness and number
/// choices, the layout-with-blocks pattern themes use, and thread safety.
@Suite struct TemplateRenderingTests {
    private func render(_ source: String, _ context: TemplateValue, partials: [String: String] = [:]) throws -> String {
        try Template(source: source, name: "test").render(context, library: TemplateLibrary(sources: partials))
    }

    @Test func escapesApostropheAndTheOtherHTMLCharacters() throws {
        let context: TemplateValue = ["name": "Tom's <b>\"crèche\" & co</b>"]
        #expect(try render("{{name}}", context) == "Tom&#39;s &lt;b&gt;&quot;crèche&quot; &amp; co&lt;/b&gt;")
        #expect(try render("<a title='{{name}}'>", ["name": "it's"]) == "<a title='it&#39;s'>")
    }

    @Test func tripleMustacheAndAmpersandInsertRawHTML() throws {
        let context: TemplateValue = ["body": "<p>Kind & gezin's</p>"]
        #expect(try render("{{{body}}}|{{&body}}", context) == "<p>Kind & gezin's</p>|<p>Kind & gezin's</p>")
    }

    @Test func escapingPlainTextLeavesItUntouched() {
        #expect(HTMLEscaping.escape("Balen-Dessel-Mol-Retie ✓") == "Balen-Dessel-Mol-Retie ✓")
        #expect(HTMLEscaping.escape("'") == "&#39;")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func escapesExactlyTheFiveCharacters() {
        let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        var text = ""
        var expected = ""
        for value in Array(1..<0x80) + [0xE9, 0x2028, 0x1F476] {
            let scalar = Unicode.Scalar(UInt32(value))!
            text.unicodeScalars.append(scalar)
            expected += entities[scalar] ?? String(scalar)
        }
        #expect(HTMLEscaping.escape(text) == expected)
        #expect(HTMLEscaping.escape("a&&b''") == "a&amp;&amp;b&#39;&#39;")
    }

    @Test func theByteBufferKeepsEveryPieceInOrder() {
        let buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for n in 0..<300 {
            let piece = (0..<(n % 70)).map { UInt8(truncatingIfNeeded: $0 &+ n) }
            buffer.append(piece)
            buffer.append(UInt8(n % 256))
            buffer.append("é\(n)")
            expected += piece + [UInt8(n % 256)] + Array("é\(n)".utf8)
        }
        #expect(buffer.count == expected.count && buffer.bytes == expected)
    }

    @Test func bytesAreTheUTF8OfTheText() throws {
        let template = try Template(source: "<p>{{a}}</p>\n  {{#l}}\n  – {{.}} 👶\n  {{/l}}\n", name: "t")
        let context: TemplateValue = ["a": "Ë & é", "l": ["x", "ÿ"]]
        #expect(try template.renderBytes(context) == Array(try template.render(context).utf8))
    }

    @Test func emptyStringAndZeroAreFalsey() throws {
        let template = "{{#v}}yes{{/v}}{{^v}}no{{/v}}"
        #expect(try render(template, ["v": ""]) == "no")
        #expect(try render(template, ["v": 0]) == "no")
        #expect(try render(template, ["v": 0.0]) == "no")
        #expect(try render(template, ["v": nil]) == "no")
        #expect(try render(template, ["v": []]) == "no")
        #expect(try render(template, ["v": " "]) == "yes")
        #expect(try render(template, ["v": 3]) == "yes")
        #expect(try render(template, ["v": [:]]) == "yes")
    }

    @Test func numbersPrintLikeJavaScript() throws {
        #expect(try render("{{a}} {{b}} {{c}} {{d}} {{e}}", ["a": 85, "b": 1.21, "c": 2.0, "d": -3, "e": true])
                == "85 1.21 2 -3 true")
    }

    @Test func layoutWithBlocksKeepsIndentation() throws {
        let partials = [
            "layouts/base": """
                <!doctype html>
                <html lang="{{language}}">
                <head>
                  <title>{{$title}}{{site}}{{/title}}</title>
                </head>
                <body>
                  <main>
                    {{$main}}
                    <p>Leeg</p>
                    {{/main}}
                  </main>
                  {{> footer}}
                </body>
                </html>

                """,
            "footer": "<footer>\n  <p>{{site}}</p>\n</footer>\n",
        ]
        let page = """
            {{<layouts/base}}
            {{$title}}{{title}} – {{site}}{{/title}}
            {{$main}}
            <h1>{{title}}</h1>
            {{#partners}}
            <p>{{name}}</p>
            {{/partners}}
            {{/main}}
            {{/layouts/base}}

            """
        let context: TemplateValue = [
            "language": "nl-BE", "site": "Huis van het Kind", "title": "Opvang",
            "partners": [["name": "Kinderopvang 't Kasteeltje"], ["name": "Bib"]],
        ]
        #expect(try render(page, context, partials: partials) == """
            <!doctype html>
            <html lang="nl-BE">
            <head>
              <title>Opvang – Huis van het Kind</title>
            </head>
            <body>
              <main>
                <h1>Opvang</h1>
                <p>Kinderopvang &#39;t Kasteeltje</p>
                <p>Bib</p>
              </main>
              <footer>
                <p>Huis van het Kind</p>
              </footer>
            </body>
            </html>

            """)
        // Without the page's blocks the layout's defaults show, in place.
        let defaults = try render("{{<layouts/base}}{{/layouts/base}}", context, partials: partials)
        #expect(defaults.contains("  <title>Huis van het Kind</title>\n"))
        #expect(defaults.contains("  <main>\n    <p>Leeg</p>\n  </main>\n"))
    }

    @Test func nestedStandalonePartialsAddTheirIndentation() throws {
        let partials = ["list": "<ul>\n  {{#items}}\n  {{> item}}\n  {{/items}}\n</ul>\n", "item": "<li>\n  {{.}}\n</li>\n"]
        #expect(try render("<nav>\n  {{> list}}\n</nav>\n", ["items": ["a", "b"]], partials: partials) == """
            <nav>
              <ul>
                <li>
                  a
                </li>
                <li>
                  b
                </li>
              </ul>
            </nav>

            """)
    }

    @Test func inlinePartialInsideAnIndentedPartialKeepsTheIndentation() throws {
        // The inline partial continues the current line; its later lines
        // are indented like the lines of the partial that holds it.
        let partials = ["outer": "<p>{{> inner}}</p>\n", "inner": "a\nb"]
        #expect(try render("<div>\n  {{> outer}}\n</div>", [:], partials: partials) == "<div>\n  <p>a\n  b</p>\n</div>")
    }

    @Test func templateIsParsedOnceAndRendersManyContexts() throws {
        let template = try Template(source: "{{#page}}{{title}}{{/page}}", name: "t")
        for number in 0..<5 {
            #expect(try template.render(["page": ["title": .string("p\(number)")]]) == "p\(number)")
        }
    }

    @Test func rendersConcurrentlyFromSeveralThreads() throws {
        let library = try TemplateLibrary(sources: [
            "page": "{{<base}}{{$main}}{{#items}}<li>{{.}}</li>{{/items}}{{/main}}{{/base}}",
            "base": "<main>{{$main}}{{/main}}</main>",
        ])
        let results = ResultsBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let context: TemplateValue = ["items": .array((0..<index % 5).map { .int($0) })]
            results.store((try? library.render("page", context)) ?? "failed", at: index)
        }
        for index in 0..<64 {
            let items = (0..<index % 5).map { "<li>\($0)</li>" }.joined()
            #expect(results.value(at: index) == "<main>\(items)</main>")
        }
    }
}

/// Collects results written from several threads.
private final class ResultsBox: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: "", count: count) }

    func store(_ value: String, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        values[index] = value
    }

    func value(at index: Int) -> String {
        lock.lock(); defer { lock.unlock() }
        return values[index]
    }
}

extension TemplateRenderingTests {
    @Test func indentedPartialLeavesBlankLinesEmpty() throws {
        let output = try render("<div>\n  {{> p}}\n</div>\n", [:], partials: ["p": "<p>a</p>\n\n<p>b</p>\r\n\r\n<p>c</p>\n"])
        #expect(output == "<div>\n  <p>a</p>\n\n  <p>b</p>\r\n\r\n  <p>c</p>\n</div>\n")
    }

    @Test func repeatedSectionLinesAreIndentedOnce() throws {
        // The line of `{{/s}}` is not standalone (text follows): its line start
        // sits inside the section, yet each item's line gets one indentation,
        // because indentation is written just before a line's first output.
        let output = try render("  {{> p}}\n", ["s": [1, 2]], partials: ["p": "{{#s}}\n{{.}}\n{{/s}}!"])
        #expect(output == "  1\n  2\n  !")
    }
}

extension TemplateRenderingTests {
    @Test func blockLinesStartingWithATagAreReindented() throws {
        let page = "{{<layout}}\n{{$main}}\n    {{title}}\n    <p>{{text}}</p>\n{{/main}}\n{{/layout}}\n"
        let layout = "<main>\n  {{$main}}\n  {{/main}}\n</main>\n"
        #expect(try render(page, ["title": "Titel", "text": "Tekst"], partials: ["layout": layout])
                == "<main>\n  Titel\n  <p>Tekst</p>\n</main>\n")
    }
}
