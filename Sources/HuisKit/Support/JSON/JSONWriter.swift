/// Writes JSON text straight into bytes, in exactly the layout of
/// `JSONValue.serialized` (same indentation, escaping and empty `[]` / `{}`).
///
/// For large files made of known fields (open data), where building a
/// `JSONValue` tree first (a dictionary per object, its keys sorted when
/// written, the tree freed again) costs several times the text itself.
/// The caller writes the members of an object in the order `JSONValue` would:
/// sorted by the UTF-8 bytes of their keys.
struct JSONWriter {
    /// The text written so far; the buffer is this writer's alone.
    private let buffer: ByteBuffer
    var bytes: [UInt8] { buffer.bytes }
    let style: JSONValue.Style
    /// The nesting depth of what is written next, as `JSONValue.write` counts it.
    private var depth: Int
    /// The depth of the writer's own outermost value, which needs no separator.
    private let baseDepth: Int
    /// One bit per depth: whether the container open at that depth has an element yet.
    private var started: UInt64 = 0
    /// A key was written: its value follows without a separator.
    private var afterKey = false

    /// `depth` is the depth of the first value, for text that is placed into
    /// a container written elsewhere (`embed`).
    init(style: JSONValue.Style, depth: Int = 0, capacity: Int = 256) {
        self.style = style
        self.depth = depth
        baseDepth = depth
        buffer = ByteBuffer(capacity: capacity)
    }

    mutating func beginObject() {
        beginValue()
        buffer.append(UInt8(ascii: "{"))
        open()
    }

    mutating func endObject() {
        close()
        buffer.append(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        beginValue()
        buffer.append(UInt8(ascii: "["))
        open()
    }

    mutating func endArray() {
        close()
        buffer.append(UInt8(ascii: "]"))
    }

    /// The key of the next member; its value is the next thing written.
    /// Keys are our own ASCII names, which need no escaping.
    mutating func key(_ name: StaticString) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { buffer.append($0) }
        Self.keyEnd.withUnsafeBufferPointer { end in
            buffer.append(style.pretty ? end : UnsafeBufferPointer(rebasing: end[..<2]))
        }
        afterKey = true
    }

    mutating func string(_ value: String) {
        beginValue()
        JSONValue.writeString(value, to: buffer, htmlSafe: style.htmlSafe)
    }

    /// A string, or `null` for nil.
    mutating func text(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int) {
        beginValue()
        buffer.append(String(value))
    }

    /// A finite number in Swift's shortest form (`0.058`, `17.5`), which is JSON.
    mutating func number(_ value: Double) {
        beginValue()
        buffer.append(value.isFinite ? value.description : "null")
    }

    /// An array of strings, in the order given.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    mutating func bool(_ value: Bool) {
        beginValue()
        buffer.append(value ? "true" : "false")
    }

    mutating func null() {
        beginValue()
        buffer.append("null")
    }

    /// A member that is left out when `value` is nil; `write` writes the value.
    mutating func optional<Value>(_ name: StaticString, _ value: Value?, _ write: (inout JSONWriter, Value) -> Void) {
        guard let value else { return }
        key(name)
        write(&self, value)
    }

    /// A value built as a tree (for the small parts of a file).
    mutating func value(_ value: JSONValue) {
        beginValue()
        var text: [UInt8] = []
        value.write(to: &text, style: style, depth: depth)
        buffer.append(text)
    }

    /// A value written before by a writer started at the current depth, with
    /// the same style: its bytes are copied as they are.
    mutating func embed(_ text: [UInt8]) {
        beginValue()
        buffer.append(text)
    }

    // MARK: - Layout

    private mutating func open() {
        depth += 1
        started &= ~(1 << UInt64(depth & 63))
    }

    private mutating func close() {
        let hadElements = started & (1 << UInt64(depth & 63)) != 0
        depth -= 1
        if hadElements { newline() }
    }

    /// Before a value: nothing after a key, else the separator of an element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if depth > baseDepth {
            separate()
        }
    }

    private mutating func separate() {
        let bit: UInt64 = 1 << UInt64(depth & 63)
        let comma = started & bit != 0
        started |= bit
        if style.pretty {
            lineBreak(comma: comma)
        } else if comma {
            buffer.append(UInt8(ascii: ","))
        }
    }

    private mutating func newline() {
        if style.pretty { lineBreak(comma: false) }
    }

    /// An optional comma, a line break and the indentation of `depth`, copied
    /// in one go from a prepared run: this is most of what a pretty file holds
    /// besides its strings.
    private mutating func lineBreak(comma: Bool) {
        let width = 2 * depth
        guard width <= Self.maximumIndentation else {
            if comma { buffer.append(UInt8(ascii: ",")) }
            buffer.append(UInt8(ascii: "\n"))
            for _ in 0..<width { buffer.append(UInt8(ascii: " ")) }
            return
        }
        Self.breaks.withUnsafeBufferPointer { run in
            buffer.append(UnsafeBufferPointer(rebasing: run[(comma ? 0 : 1)..<(2 + width)]))
        }
    }

    private static let keyEnd: [UInt8] = Array("\": ".utf8)
    private static let maximumIndentation = 64
    /// `,\n` and the deepest indentation we prepare.
    private static let breaks: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\n")]
        + [UInt8](repeating: UInt8(ascii: " "), count: maximumIndentation)
}
