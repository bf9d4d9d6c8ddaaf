import Testing
@testable import HuisKit

/// Every kind of template mistake is a diagnostic with the template's file,
/// the line and column of the offending tag, a message and a hint.
@Suite struct TemplateErrorTests {
    private func syntaxError(_ source: String, file: String = "themes/default/page.mustache") -> Diagnostic? {
        do throws(DiagnosticError) {
            _ = try Template(source: source, name: file)
            return nil
        } catch {
            #expect(error.diagnostics.count == 1)
            return error.diagnostics.first
        }
    }

    @Test func unclosedSection() throws {
        let d = try #require(syntaxError("<ul>\n{{#items}}\n  <li>{{title}}</li>\n</ul>\n"))
        #expect(d.file == "themes/default/page.mustache")
        #expect(d.position == SourcePosition(line: 2, column: 1))
        #expect(d.severity == .error)
        #expect(d.message == "The section '{{#items}}' is never closed.")
        #expect(d.hint == "Add '{{/items}}' where it should end.")
    }

    @Test func unclosedBlockAndParentAreNamedAsSuch() throws {
        let block = try #require(syntaxError("<title>{{$title}}Huis van het Kind</title>"))
        #expect(block.message == "The block '{{$title}}' is never closed.")
        #expect(block.position == SourcePosition(line: 1, column: 8))
        let parent = try #require(syntaxError("{{<layouts/base}}\n{{$main}}x{{/main}}\n"))
        #expect(parent.message == "The layout '{{<layouts/base}}' is never closed.")
        #expect(parent.position == SourcePosition(line: 1, column: 1))
    }

    @Test func mismatchedClose() throws {
        let d = try #require(syntaxError("{{#items}}\n  {{#children}}x\n  {{/items}}\n{{/children}}\n"))
        #expect(d.position == SourcePosition(line: 3, column: 3))
        #expect(d.message == "'{{/items}}' does not match the open '{{#children}}' of line 2, column 3.")
        #expect(d.hint == "Close the innermost open tag first: write '{{/children}}' here, or correct the name.")
    }

    @Test func closeWithoutOpen() throws {
        let d = try #require(syntaxError("<p>\n  a {{/items}}\n</p>"))
        #expect(d.position == SourcePosition(line: 2, column: 5))
        #expect(d.message == "'{{/items}}' closes a section that was never opened.")
        #expect(d.hint == "Remove it, or add '{{#items}}' where the section should start.")
    }

    @Test func unclosedTagCountsColumnsInCharacters() throws {
        let d = try #require(syntaxError("<h1>Crèche</h1>\n<p>crèche {{naam</p>\n"))
        #expect(d.position == SourcePosition(line: 2, column: 11))
        #expect(d.message == "The tag '{{naam</p>' is not closed.")
        #expect(d.hint == "End the tag with '}}', e.g. '{{title}}'.")
    }

    @Test func unclosedTripleMustacheNeedsItsOwnCloser() throws {
        let d = try #require(syntaxError("{{{body}}"))
        #expect(d.position == SourcePosition(line: 1, column: 1))
        #expect(d.message == "The tag '{{{body}}' is not closed.")
        #expect(d.hint == "End the tag with '}}}', e.g. '{{title}}'.")
    }

    @Test func badDelimiterChange() throws {
        let d = try #require(syntaxError("a\n {{=<% =}}\n"))
        #expect(d.position == SourcePosition(line: 2, column: 2))
        #expect(d.message == "The delimiter change '{{=<% =}}' is not valid.")
        #expect(d.hint?.contains("{{=<% %>=}}") == true)
    }

    @Test func errorsAfterADelimiterChangeQuoteTheNewDelimiters() throws {
        let d = try #require(syntaxError("{{=<% %>=}}\n<%#items%>\n"))
        #expect(d.position == SourcePosition(line: 2, column: 1))
        #expect(d.message == "The section '<%#items%>' is never closed.")
        #expect(d.hint == "Add '<%/items%>' where it should end.")
    }

    @Test func emptyTagAndNameWithSpace() throws {
        let empty = try #require(syntaxError("Hallo {{ }}!"))
        #expect(empty.position == SourcePosition(line: 1, column: 7))
        #expect(empty.message == "The tag '{{ }}' has no name.")
        let spaced = try #require(syntaxError("Hallo {{first name}}!"))
        #expect(spaced.position == SourcePosition(line: 1, column: 7))
        #expect(spaced.message == "The name 'first name' in '{{first name}}' contains a space.")
        let dotted = try #require(syntaxError("{{region..title}}"))
        #expect(dotted.message == "The name 'region..title' in '{{region..title}}' is not a valid name.")
    }

    @Test func libraryReportsTheErrorsOfEveryTemplate() {
        do throws(DiagnosticError) {
            _ = try TemplateLibrary(sources: ["b": "{{#x}}", "a": "{{/y}}", "ok": "fine"])
            Issue.record("expected syntax errors")
        } catch {
            #expect(error.diagnostics.map(\.file) == ["a", "b"])
        }
    }

    // MARK: - References checked by validate()

    @Test func validateReportsMissingPartial() throws {
        let library = try TemplateLibrary([
            "page": Template(source: "<main>\n  {{> footr}}\n</main>\n", name: "themes/default/page.mustache"),
            "footer": Template(source: "<footer></footer>\n", name: "themes/default/footer.mustache"),
        ])
        let problems = library.validate()
        #expect(problems.count == 1)
        let d = try #require(problems.first)
        #expect(d.file == "themes/default/page.mustache")
        #expect(d.position == SourcePosition(line: 2, column: 3))
        #expect(d.message == "The partial 'footr' does not exist.")
        #expect(d.hint == "Did you mean 'footer'? Add a template named 'footr' to the theme, or correct the name.")
        #expect(d.rule == "template-missing-partial")
        // The spec asks for a missing partial to render as nothing.
        #expect(try library.render("page", [:]) == "<main>\n</main>\n")
    }

    @Test func validateReportsUnknownParentAndReferencesInsideBlocks() throws {
        let library = try TemplateLibrary([
            "page": Template(source: """
                {{<layouts/bse}}
                {{$main}}
                  {{#items}}{{>item}}{{/items}}
                {{/main}}
                {{/layouts/bse}}
                """, name: "page.mustache"),
            "layouts/base": Template(source: "{{$main}}{{/main}}", name: "layouts/base.mustache"),
        ])
        let problems = library.validate()
        #expect(problems.map(\.file) == ["page.mustache", "page.mustache"])
        #expect(problems.map(\.message) == ["The layout 'layouts/bse' does not exist.", "The partial 'item' does not exist."])
        #expect(problems.map(\.position) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 3, column: 13)])
        #expect(problems.first?.hint?.hasPrefix("Did you mean 'layouts/base'?") == true)
        #expect(problems.first?.rule == "template-missing-parent")
        #expect(problems.last?.hint == "Add a template named 'item' to the theme, or correct the name.")
    }

    @Test func validAndCompleteLibraryHasNoProblems() throws {
        let library = try TemplateLibrary(sources: ["page": "{{<base}}{{/base}}{{>part}}", "base": "b", "part": "p"])
        #expect(library.validate().isEmpty)
    }

    // MARK: - Errors while rendering

    @Test func renderingAnUnknownTemplateNamesIt() throws {
        let library = try TemplateLibrary(sources: ["page": "x"])
        #expect(throws: DiagnosticError.self) { try library.render("pgae", [:]) }
        do throws(DiagnosticError) {
            _ = try library.render("pgae", [:])
        } catch {
            #expect(error.diagnostics.first?.message == "There is no template named 'pgae'.")
        }
    }

    @Test func endlessInclusionIsAnErrorAtTheTag() throws {
        let library = try TemplateLibrary([
            "loop": Template(source: "a\n  {{>loop}}\n", name: "themes/default/loop.mustache"),
        ])
        do throws(DiagnosticError) {
            _ = try library.render("loop", [:])
            Issue.record("expected an error")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.file == "themes/default/loop.mustache")
            #expect(d.position == SourcePosition(line: 2, column: 3))
            #expect(d.message == "'loop' includes itself without end.")
        }
    }

    @Test func printingAListIsAnErrorAtTheTag() throws {
        let template = try Template(source: "<p>\n{{tags}}</p>", name: "tags.mustache")
        do throws(DiagnosticError) {
            _ = try template.render(["tags": ["a", "b"]])
            Issue.record("expected an error")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.file == "tags.mustache")
            #expect(d.position == SourcePosition(line: 2, column: 1))
            #expect(d.message == "'{{tags}}' is a list and cannot be printed as text.")
        }
    }
}
