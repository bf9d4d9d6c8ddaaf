import Foundation
@testable import HuisKit

/// Turns what JSONSerialization returns into a `TemplateValue`.
enum SpecValue {
    static func convert(_ object: Any) -> TemplateValue {
        switch object {
        case let text as String:
            return .string(text)
        case let number as NSNumber:
            // JSON booleans come back as NSNumber too; their type code is "c".
            switch String(cString: number.objCType) {
            case "c", "B": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        case let items as [Any]:
            return .array(items.map(convert))
        case let entries as [String: Any]:
            return .dictionary(TemplateDictionary(entries.mapValues(convert)))
        default:
            return .null
        }
    }
}

/// One test of a spec file.
struct SpecCase {
    var file: String
    var name: String
    var template: String
    var data: TemplateValue
    var partials: [String: String]
    var expected: String

    static func load(_ url: URL) throws -> [SpecCase] {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let tests = root?["tests"] as? [[String: Any]] ?? []
        return tests.map { test in
            SpecCase(
                file: url.lastPathComponent,
                name: test["name"] as? String ?? "?",
                template: test["template"] as? String ?? "",
                data: SpecValue.convert(test["data"] ?? NSNull()),
                partials: test["partials"] as? [String: String] ?? [:],
                expected: test["expected"] as? String ?? "")
        }
    }

    /// Renders the case; a thrown diagnostic becomes the result text so a
    /// failure shows what went wrong.
    func render() -> String {
        do throws(DiagnosticError) {
            let library = try TemplateLibrary(sources: partials)
            return try Template(source: template, name: "template").render(data, library: library)
        } catch {
            return "ERROR: " + DiagnosticFormatter.text(error.diagnostics)
        }
    }
}
