import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, built with Foundation's XMLParser (namespace-aware),
/// so tests check what a real XML reader sees rather than the text we wrote.
final class ParsedXML {
    let name: String
    let namespace: String?
    let attributes: [String: String]
    var children: [ParsedXML] = []
    var text = ""

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func all(_ name: String) -> [ParsedXML] { children.filter { $0.name == name } }
    func first(_ name: String) -> ParsedXML? { children.first { $0.name == name } }
    func text(of name: String) -> String? { first(name)?.text }

    /// Parses `xml`; nil (with the parser's error) when it is not well-formed.
    static func parse(_ xml: String) throws -> ParsedXML {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(message: parser.parserError.map(String.init(describing:)) ?? "no root element")
        }
        return root
    }

    struct ParseError: Error { let message: String }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: ParsedXML?
        var stack: [ParsedXML] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = ParsedXML(name: name, namespace: namespaceURI, attributes: attributes)
            stack.last?.children.append(element)
            if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
