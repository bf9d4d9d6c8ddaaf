import CCmark
import Foundation

/// A CommonMark document parsed by cmark. The document owns the C tree and
/// frees it when the last reference goes away (nodes handed out keep it alive).
///
/// Not `Sendable`: cmark trees are not thread-safe, so a document stays on the
/// task that parsed it. Parse one document per content file; they are cheap.
public final class MarkdownDocument {
    /// The `cmark_node *` of the document root.
    let root: OpaquePointer
    /// Whether raw HTML is kept when rendering (cmark's unsafe mode).
    public let allowsUnsafeHTML: Bool

    /// Parses `text` as CommonMark.
    ///
    /// Source positions are always recorded (diagnostics need them); invalid
    /// UTF-8 is replaced rather than passed through. Raw HTML is dropped from the
    /// rendered output unless `allowUnsafeHTML` is set, and so are `javascript:`
    /// and similar URLs (cmark's safe mode).
    public init(parsing text: String, allowUnsafeHTML: Bool = false, smartPunctuation: Bool = false) {
        var options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        if allowUnsafeHTML { options |= CMARK_OPT_UNSAFE }
        if smartPunctuation { options |= CMARK_OPT_SMART }
        var text = text
        let parsed: OpaquePointer? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return "".withCString { cmark_parse_document($0, 0, options) }
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parse_document($0, bytes.count, options)
            }
        }
        guard let parsed else {
            // cmark only fails to return a tree when memory runs out.
            fatalError("cmark could not allocate a document")
        }
        root = parsed
        allowsUnsafeHTML = allowUnsafeHTML
    }

    deinit {
        cmark_node_free(root)
    }

    /// The document node, the root of the tree.
    public var rootNode: MarkdownNode {
        MarkdownNode(document: self, pointer: root)
    }

    /// Visits every node in document order: containers are entered, then their
    /// children are visited, then they are exited. Leaves (text, code, breaks,
    /// code blocks, HTML, thematic breaks) are only entered.
    ///
    /// `visit` may change a node's attributes (URL, heading level) but must not
    /// change the shape of the tree.
    public func walk(_ visit: (MarkdownWalkEvent) throws -> Void) rethrows {
        guard let iterator = cmark_iter_new(root) else {
            fatalError("cmark could not allocate an iterator")
        }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, let pointer = cmark_iter_get_node(iterator) else { return }
            let node = MarkdownNode(document: self, pointer: pointer)
            try visit(event == CMARK_EVENT_EXIT ? .exit(node) : .enter(node))
        }
    }

    /// The document as HTML, rendered by cmark with the document's safe or
    /// unsafe HTML setting. No source positions are written into the HTML.
    public func renderHTML() -> String {
        var options = CMARK_OPT_DEFAULT
        if allowsUnsafeHTML { options |= CMARK_OPT_UNSAFE }
        guard let html = cmark_render_html(root, options) else {
            fatalError("cmark could not allocate the rendered HTML")
        }
        defer { free(html) }
        return String(cString: html)
    }
}

@available(*, unavailable, message: "a cmark tree must stay on the task that parsed it")
extension MarkdownDocument: Sendable {}

/// One step of `MarkdownDocument.walk`.
public enum MarkdownWalkEvent {
    case enter(MarkdownNode)
    case exit(MarkdownNode)
}
