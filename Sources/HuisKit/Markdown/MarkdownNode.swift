import CCmark

/// A place in the parsed text as cmark reports it: a 1-based line of the text
/// that was parsed, and a 1-based column counted in UTF-8 bytes.
///
/// `SourceLineMap` turns it into a `SourcePosition` (a file line and a column
/// in Unicode scalars).
public struct MarkdownLocation: Hashable, Sendable {
    public var line: Int
    public var utf8Column: Int

    public init(line: Int, utf8Column: Int) {
        self.line = line
        self.utf8Column = utf8Column
    }
}

/// A handle on one node of a `MarkdownDocument`.
///
/// The handle keeps its document alive, so it never points into a freed tree.
/// Changing a node (`setURL`, `setHeadingLevel`) changes the document it
/// belongs to.
public struct MarkdownNode {
    /// Keeps the tree alive as long as this handle exists.
    public let document: MarkdownDocument
    /// The `cmark_node *`.
    let pointer: OpaquePointer

    init(document: MarkdownDocument, pointer: OpaquePointer) {
        self.document = document
        self.pointer = pointer
    }

    public var kind: MarkdownNodeKind {
        MarkdownNodeKind(cmark_node_get_type(pointer))
    }

    // MARK: Tree

    public var parent: MarkdownNode? { wrap(cmark_node_parent(pointer)) }
    public var firstChild: MarkdownNode? { wrap(cmark_node_first_child(pointer)) }
    public var next: MarkdownNode? { wrap(cmark_node_next(pointer)) }
    public var lastChild: MarkdownNode? { wrap(cmark_node_last_child(pointer)) }

    /// The direct children, first to last.
    public var children: some Sequence<MarkdownNode> {
        sequence(state: firstChild) { current -> MarkdownNode? in
            defer { current = current?.next }
            return current
        }
    }

    private func wrap(_ other: OpaquePointer?) -> MarkdownNode? {
        other.map { MarkdownNode(document: document, pointer: $0) }
    }

    // MARK: Attributes

    /// The text of a text, code, code block or HTML node (entities already
    /// decoded); nil for other kinds.
    public var literal: String? {
        cmark_node_get_literal(pointer).map { String(cString: $0) }
    }

    /// The destination of a link or the source of an image; nil for other kinds.
    public var url: String? {
        guard kind == .link || kind == .image else { return nil }
        return cmark_node_get_url(pointer).map { String(cString: $0) } ?? ""
    }

    /// The title of a link or image (`[a](b "title")`); nil for other kinds.
    public var title: String? {
        guard kind == .link || kind == .image else { return nil }
        return cmark_node_get_title(pointer).map { String(cString: $0) } ?? ""
    }

    /// The level (1 to 6) of a heading; nil for other kinds.
    public var headingLevel: Int? {
        let level = Int(cmark_node_get_heading_level(pointer))
        return level == 0 ? nil : level
    }

    /// The info string of a fenced code block (```` ```swift ```` gives "swift").
    public var fenceInfo: String? {
        guard kind == .codeBlock else { return nil }
        return cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? ""
    }

    /// Where the node starts in the parsed text. Line 0 means the node has no
    /// position (cmark gives none to nodes made after parsing).
    public var start: MarkdownLocation {
        MarkdownLocation(line: Int(cmark_node_get_start_line(pointer)),
                         utf8Column: Int(cmark_node_get_start_column(pointer)))
    }

    /// Where the node ends (inclusive) in the parsed text.
    public var end: MarkdownLocation {
        MarkdownLocation(line: Int(cmark_node_get_end_line(pointer)),
                         utf8Column: Int(cmark_node_get_end_column(pointer)))
    }

    // MARK: Changes

    /// Replaces the destination of a link or the source of an image.
    public func setURL(_ url: String) {
        precondition(kind == .link || kind == .image, "setURL on a \(kind) node")
        let done = url.withCString { cmark_node_set_url(pointer, $0) }
        precondition(done == 1, "cmark refused the URL")
    }

    /// Replaces the text of a text node.
    public func setLiteral(_ text: String) {
        precondition(kind == .text, "setLiteral on a \(kind) node")
        let done = text.withCString { cmark_node_set_literal(pointer, $0) }
        precondition(done == 1, "cmark refused the text")
    }

    /// Adds a text node with `text` as the last child of this inline container
    /// (a link, emphasis). Only call this after a walk: it changes the tree's shape.
    public func appendText(_ text: String) {
        precondition(kind == .link || kind == .emphasis || kind == .strong, "appendText on a \(kind) node")
        guard let child = cmark_node_new(CMARK_NODE_TEXT) else {
            fatalError("cmark could not allocate a text node")
        }
        let set = text.withCString { cmark_node_set_literal(child, $0) }
        precondition(set == 1, "cmark refused the text")
        let appended = cmark_node_append_child(pointer, child)
        precondition(appended == 1, "cmark refused the new child")
    }

    /// Changes the level of a heading; `level` must be 1 to 6.
    public func setHeadingLevel(_ level: Int) {
        precondition(kind == .heading, "setHeadingLevel on a \(kind) node")
        precondition((1...6).contains(level), "heading level \(level) is not 1 to 6")
        let done = cmark_node_set_heading_level(pointer, Int32(level))
        precondition(done == 1, "cmark refused the heading level")
    }
}
