/// Walks a compiled template with a context and appends the output to one
/// byte buffer. One renderer serves one render call: its state (the buffer,
/// the context stack, the blocks passed down by parents) is local, so any
/// number of renders can run at once on the same immutable templates.
struct TemplateRenderer {
    /// How deeply templates may include each other before we call it endless.
    static let maximumDepth = 100

    private let library: TemplateLibrary
    /// The output; a reference, but to this render's own buffer only.
    let output: ByteBuffer
    private var stack: [TemplateValue]
    /// Blocks passed to the parents being rendered, outermost first: the
    /// outermost template's blocks win over those of the templates it extends.
    private var arguments: [[String: [TemplateNode]]] = []
    /// Set when a template or block is placed inline, in the middle of a line:
    /// its first line start then gets no indentation. Cleared by any output.
    private var skipLineStart = false
    /// The indentation of a line that has begun but has no output yet.
    private var pendingIndent: [UInt8]?
    private var depth = 0

    init(library: TemplateLibrary, context: TemplateValue, capacity: Int) {
        self.library = library
        stack = [context]
        output = ByteBuffer(capacity: capacity)
    }

    mutating func render(_ nodes: [TemplateNode], indent: [UInt8]) throws(DiagnosticError) {
        for node in nodes {
            switch node {
            case .text(let text):
                write(text, indent: indent)
            case .lineStart:
                startLine(indent: indent)
            case .variable(let path, let escaped, let tag):
                try interpolate(path, escaped: escaped, tag: tag)
            case .section(let path, let content, let inverted):
                try renderSection(path, content, inverted: inverted, indent: indent)
            case .partial(let inclusion):
                guard let template = library.templates[inclusion.name] else { continue }
                try include(template.nodes, inclusion, indent: indent)
            case .parent(let inclusion, let passed):
                guard let template = library.templates[inclusion.name] else { continue }
                arguments.append(passed)
                defer { arguments.removeLast() }
                try include(template.nodes, inclusion, indent: indent)
            case .block(let block):
                try renderBlock(block, indent: indent)
            }
        }
    }

    // MARK: - Output

    private mutating func write(_ text: TemplateText, indent: [UInt8]) {
        // Without indentation to add, line starts change nothing.
        if text.lineStarts.isEmpty || (indent.isEmpty && pendingIndent == nil) {
            append(text.bytes[...])
            return
        }
        var from = 0
        for lineStart in text.lineStarts {
            if from < lineStart { append(text.bytes[from..<lineStart]) }
            startLine(indent: indent)
            from = lineStart
        }
        if from < text.bytes.count { append(text.bytes[from...]) }
    }

    /// Appends literal bytes, after the indentation of the line they start.
    /// A line that is only a line break gets no indentation.
    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        if let indent = pendingIndent {
            pendingIndent = nil
            let first = bytes.first
            if first != UInt8(ascii: "\n") && first != UInt8(ascii: "\r") { output.append(indent) }
        }
        output.append(bytes)
        skipLineStart = false
    }

    /// Indentation is written lazily, just before the line's first output, so
    /// that lines left empty (a section that shows nothing, an empty value)
    /// carry no trailing spaces and a line is never indented twice.
    private mutating func startLine(indent: [UInt8]) {
        if skipLineStart {
            skipLineStart = false
        } else {
            pendingIndent = indent.isEmpty ? nil : indent
        }
    }

    private mutating func flushIndent() {
        if let indent = pendingIndent {
            output.append(indent)
            pendingIndent = nil
        }
    }

    private mutating func interpolate(_ path: TemplatePath, escaped: Bool, tag: TemplateTagInfo) throws(DiagnosticError) {
        guard let value = lookUp(path) else { return }
        guard let text = value.interpolationText else {
            if case .array = value {
                throw DiagnosticError(TemplateDiagnostics.notPrintable(tag.written, isList: true, file: tag.file, at: tag.position))
            }
            throw DiagnosticError(TemplateDiagnostics.notPrintable(tag.written, isList: false, file: tag.file, at: tag.position))
        }
        guard !text.isEmpty else { return }
        flushIndent()
        if escaped {
            HTMLEscaping.append(text, to: output)
        } else {
            output.append(text)
        }
        skipLineStart = false
    }

    // MARK: - Sections

    private mutating func renderSection(
        _ path: TemplatePath, _ content: [TemplateNode], inverted: Bool, indent: [UInt8]
    ) throws(DiagnosticError) {
        let value = lookUp(path)
        let truthy = value?.isTruthy ?? false
        if inverted {
            if !truthy { try render(content, indent: indent) }
            return
        }
        guard truthy, let value else { return }
        if case .array(let items) = value {
            for item in items {
                stack.append(item)
                try render(content, indent: indent)
                stack.removeLast()
            }
        } else {
            stack.append(value)
            try render(content, indent: indent)
            stack.removeLast()
        }
    }

    /// The spec's name resolution: `.` is the top of the stack; otherwise the
    /// first part is looked up from the top of the stack down, and the other
    /// parts only inside what that found.
    private func lookUp(_ path: TemplatePath) -> TemplateValue? {
        let keys = path.keys
        guard let first = keys.first else { return stack.last }
        // Through the buffers, so that no frame is copied on the way down.
        let found: TemplateValue? = stack.withUnsafeBufferPointer { frames in
            var index = frames.count - 1
            while index >= 0 {
                if let value = frames[index].member(first) { return value }
                index -= 1
            }
            return nil
        }
        guard var value = found else { return nil }
        if keys.count > 1 {
            for position in 1..<keys.count {
                guard let next = value.member(keys[position]) else { return nil }
                value = next
            }
        }
        return value
    }

    // MARK: - Partials, parents and blocks

    private mutating func include(
        _ nodes: [TemplateNode], _ inclusion: TemplateInclusion, indent: [UInt8]
    ) throws(DiagnosticError) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw DiagnosticError(TemplateDiagnostics.endlessInclusion(
                inclusion.name, file: inclusion.tag.file, at: inclusion.tag.position))
        }
        if let indentation = inclusion.indentation {
            try place(nodes, indent: Self.join(indent, indentation), inline: false)
        } else {
            try place(nodes, indent: indent, inline: true)
        }
    }

    private mutating func renderBlock(_ block: TemplateBlock, indent: [UInt8]) throws(DiagnosticError) {
        guard let argument = passedArgument(block.name) else {
            // The default content stays where it was written.
            if let indentation = block.indentation {
                try place(block.defaultContent, indent: Self.join(indent, indentation), inline: false)
            } else {
                try render(block.defaultContent, indent: indent)
            }
            return
        }
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth {
            throw DiagnosticError(TemplateDiagnostics.endlessInclusion(
                block.name, file: block.tag.file, at: block.tag.position))
        }
        if let indentation = block.indentation {
            try place(argument, indent: Self.join(indent, indentation), inline: false)
        } else {
            try place(argument, indent: indent, inline: true)
        }
    }

    /// The indentation inside a site: most sites add none, so avoid a copy.
    private static func join(_ indent: [UInt8], _ indentation: [UInt8]) -> [UInt8] {
        if indentation.isEmpty { return indent }
        if indent.isEmpty { return indentation }
        return indent + indentation
    }

    private func passedArgument(_ name: String) -> [TemplateNode]? {
        for passed in arguments {
            if let content = passed[name] { return content }
        }
        return nil
    }

    /// Renders a template or block at a site: inline, its first line start
    /// gets no indentation because it continues the current line.
    private mutating func place(_ nodes: [TemplateNode], indent: [UInt8], inline: Bool) throws(DiagnosticError) {
        let saved = skipLineStart
        let before = output.count
        skipLineStart = inline
        try render(nodes, indent: indent)
        skipLineStart = saved && output.count == before
    }
}
