/// How the values kept in the build cache are written and read. Field order
/// is the format: change it and bump `BuildCache.formatVersion`.
extension SourcePosition: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(line: try reader.readInt(), column: try reader.readInt())
    }
}

extension Diagnostic: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(file)
        writer.write(position)
        writer.write(severity == .error)
        writer.write(message)
        writer.write(hint)
        writer.write(rule)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        let file = try reader.readString()
        let position = try reader.read(SourcePosition.self)
        let severity: Severity = try reader.readBool() ? .error : .warning
        self.init(file: file, position: position, severity: severity, message: try reader.readString(),
                  hint: try reader.readOptionalString(), rule: try reader.readOptionalString())
    }
}

extension MarkdownHeading: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(level)
        writer.write(text)
        writer.write(position)
        writer.write(anchor)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(level: try reader.readInt(), text: try reader.readString(), position: try reader.read(), anchor: try reader.readString())
    }
}

extension MarkdownLink: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(destination)
        writer.write(resolvedDestination)
        writer.write(text)
        writer.write(position)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(destination: try reader.readString(), resolvedDestination: try reader.readString(),
                  text: try reader.readString(), position: try reader.read())
    }
}

extension MarkdownImage: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(source)
        writer.write(resolvedSource)
        writer.write(alt)
        writer.write(position)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(source: try reader.readString(), resolvedSource: try reader.readString(), alt: try reader.readString(),
                  position: try reader.read())
    }
}

/// A rendered body as the later stages use it. The text blocks, which only
/// the lints read, are not kept: the lint findings are cached beside it.
extension RenderedMarkdown: CacheCodable {
    func write(to writer: inout BinaryWriter) {
        writer.write(html)
        writer.write(plainText)
        writer.write(headings)
        writer.write(links)
        writer.write(images)
        writer.write(diagnostics)
    }

    init(from reader: inout BinaryReader) throws(CacheError) {
        self.init(html: try reader.readString(), plainText: try reader.readString(), headings: try reader.readArray(),
                  links: try reader.readArray(), images: try reader.readArray(), diagnostics: try reader.readArray())
    }
}
