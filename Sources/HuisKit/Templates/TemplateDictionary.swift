/// The members of a dictionary in a template context: keys and values in the
/// order they were given, each key with a short fingerprint.
///
/// Rendering looks every name up at each level of the context stack, and a
/// page builds hundreds of small dictionaries: with `Dictionary`, each lookup
/// and each insertion hashed the key again (SipHash), most of them only to
/// miss. Here a template's names carry their fingerprint from parse time
/// (`TemplateKey`), so a lookup compares a few integers and then the key once.
/// Contexts are small (a page's frame, a card, a strings group), which is
/// where a linear scan beats hashing.
public struct TemplateDictionary: Sendable {
    struct Entry: Sendable {
        let fingerprint: UInt64
        let key: String
        var value: TemplateValue
    }

    private(set) var entries: [Entry]

    public init() { entries = [] }

    /// Takes the members of a Swift dictionary (whose keys are unique).
    public init(_ dictionary: [String: TemplateValue]) {
        entries = []
        entries.reserveCapacity(dictionary.count)
        for (key, value) in dictionary {
            entries.append(Entry(fingerprint: TemplateKey.fingerprint(key), key: key, value: value))
        }
    }

    /// Takes `pairs` in order; of repeated keys, `combine` decides which value stays.
    public init<S: Sequence>(
        _ pairs: S, uniquingKeysWith combine: (TemplateValue, TemplateValue) -> TemplateValue
    ) where S.Element == (String, TemplateValue) {
        entries = []
        entries.reserveCapacity(pairs.underestimatedCount)
        // Finding repeats by scanning suits the usual handful of members; a
        // large mapping gets an index so that building it stays linear.
        var positions: [String: Int]?
        for (key, value) in pairs {
            let fingerprint = TemplateKey.fingerprint(key)
            if positions == nil && entries.count >= Self.scanLimit {
                positions = Dictionary(entries.indices.map { (entries[$0].key, $0) }, uniquingKeysWith: { a, _ in a })
            }
            let existing = positions != nil ? positions![key] : index(of: key, fingerprint: fingerprint)
            if let existing {
                entries[existing].value = combine(entries[existing].value, value)
            } else {
                positions?[key] = entries.count
                entries.append(Entry(fingerprint: fingerprint, key: key, value: value))
            }
        }
    }

    private static let scanLimit = 64

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    /// The value under `key`; setting nil removes the member.
    public subscript(key: String) -> TemplateValue? {
        get { self[TemplateKey(key)] }
        set {
            let fingerprint = TemplateKey.fingerprint(key)
            switch (index(of: key, fingerprint: fingerprint), newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append(Entry(fingerprint: fingerprint, key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The value under a name whose fingerprint is known.
    subscript(key: TemplateKey) -> TemplateValue? {
        // Compare fingerprints first; the key itself only for a likely match.
        // Through the buffer, so that no entry is copied on the way.
        entries.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].fingerprint == key.fingerprint {
                if buffer[index].key == key.name { return buffer[index].value }
            }
            return nil
        }
    }

    private func index(of key: String, fingerprint: UInt64) -> Int? {
        entries.firstIndex { $0.fingerprint == fingerprint && $0.key == key }
    }
}

extension TemplateDictionary: Equatable {
    /// Equal members, in any order.
    public static func == (a: TemplateDictionary, b: TemplateDictionary) -> Bool {
        guard a.count == b.count else { return false }
        return a.entries.allSatisfy { entry in
            b[TemplateKey(name: entry.key, fingerprint: entry.fingerprint)] == entry.value
        }
    }
}

extension TemplateDictionary: ExpressibleByDictionaryLiteral {
    /// A later duplicate key replaces an earlier one.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements, uniquingKeysWith: { _, last in last })
    }
}

/// A name as a template looks it up: the text and its fingerprint, computed
/// once when the template is parsed.
struct TemplateKey: Sendable {
    let name: String
    let fingerprint: UInt64

    init(_ name: String) {
        self.name = name
        fingerprint = Self.fingerprint(name)
    }

    init(name: String, fingerprint: UInt64) {
        self.name = name
        self.fingerprint = fingerprint
    }

    /// FNV-1a over the UTF-8 bytes: keys are short, and equal keys always
    /// have equal fingerprints; different keys rarely share one (then the
    /// comparison of the keys tells them apart).
    static func fingerprint(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var key = key
        key.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return hash
    }
}
