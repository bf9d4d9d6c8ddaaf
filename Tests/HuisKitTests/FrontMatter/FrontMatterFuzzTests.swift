import Testing
@testable import HuisKit

/// Generated input: valid documents must parse back to the tree they were
/// written from; damaged ones must give a document or a diagnostic that points
/// into the file, and never crash or hang. Seeds are fixed, so runs repeat.
@Suite struct FrontMatterFuzzTests {
    @Test func generatedDocumentsRoundTrip() throws {
        var generator = FrontMatterGenerator(seed: 0xD0C5)
        var failures: [String] = []
        for _ in 0..<2_000 {
            let tree = generator.document()
            let yaml = generator.yaml(tree)
            for lineEnd in ["\n", "\r\n"] {
                let source = ("---\n" + yaml + "---\nBody\n").replacingOccurrences(of: "\n", with: lineEnd)
                do {
                    let document = try FrontMatterParser.parse(source, file: "generated.md")
                    let parsed = document.root.map(FMValue.init)
                    if parsed != tree { failures.append("\(yaml)\nparsed as \(parsed?.description ?? "nil")\nnot \(tree)") }
                    if document.body != "Body\n" { failures.append("\(yaml)\nbody \(document.body.debugDescription)") }
                } catch {
                    failures.append("\(yaml)\nfailed: \(error.diagnostics.map(DiagnosticFormatter.text))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures; first: \(failures.first ?? "")")
    }

    @Test func mutatedInputsGiveADocumentOrAnErrorInsideTheFile() {
        var generator = FrontMatterGenerator(seed: 0x5EED)
        var mutator = FrontMatterMutator(random: SplitMix64(seed: 0xF0221))
        var results = FuzzResults()
        for _ in 0..<2_500 {
            let yaml = generator.yaml(generator.document())
            let mutations = mutator.random.int(1..<6)
            results.check("---\n" + yaml + "---\nBody\n")
            results.check("---\n" + mutator.mutate(yaml, count: mutations) + "\n---\nBody\n")
            results.check("\u{FEFF}---\r\n" + mutator.mutate(yaml, count: mutations) + "\r\n---\r\nBody")
            results.check(mutator.mutate("---\n" + yaml + "---\nBody\n", count: mutations))
            results.check(mutator.mutate("---\n" + yaml + "---\n", count: mutations + 4))
        }
        #expect(results.inputs >= 10_000)
        // Both paths are exercised many times over.
        #expect(results.accepted > 2_000)
        #expect(results.rejected > 2_000)
        #expect(results.failures.isEmpty, "\(results.failures.count) failures; first: \(results.failures.first ?? "")")
    }
}

/// Parses inputs and checks that every reported position is inside the file.
struct FuzzResults {
    var inputs = 0
    var accepted = 0
    var rejected = 0
    var failures: [String] = []

    mutating func check(_ source: String) {
        inputs += 1
        let lineLengths = Self.lineLengths(of: source)
        func isInside(_ position: SourcePosition) -> Bool {
            position.line >= 1 && position.line <= lineLengths.count
                && position.column >= 1 && position.column <= lineLengths[position.line - 1] + 1
        }
        do {
            let document = try FrontMatterParser.parse(source, file: "fuzz.md")
            accepted += 1
            if document.bodyLine < 1 || document.bodyLine > lineLengths.count + 1 {
                failures.append("body line \(document.bodyLine) outside \(source.debugDescription)")
            }
            if let root = document.root, let outside = Self.positions(of: root).first(where: { !isInside($0) }) {
                failures.append("node at \(outside) outside \(source.debugDescription)")
            }
        } catch {
            rejected += 1
            if error.diagnostics.isEmpty { failures.append("no diagnostic for \(source.debugDescription)") }
            for diagnostic in error.diagnostics where !isInside(diagnostic.position) || diagnostic.file != "fuzz.md" {
                failures.append("\(DiagnosticFormatter.text(diagnostic)) outside \(source.debugDescription)")
            }
        }
    }

    /// The length in Unicode scalars of every line, with `\n`, `\r\n` and `\r`
    /// as line breaks and a leading byte-order mark not counted.
    static func lineLengths(of source: String) -> [Int] {
        var lengths = [0]
        var previousWasCR = false
        for (offset, scalar) in source.unicodeScalars.enumerated() {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lengths.append(0)
            } else if !(offset == 0 && scalar == "\u{FEFF}") {
                lengths[lengths.count - 1] += 1
            }
        }
        return lengths
    }

    static func positions(of node: FrontMatterNode) -> [SourcePosition] {
        switch node.kind {
        case .scalar: return [node.position]
        case .sequence(let items): return [node.position] + items.flatMap(positions)
        case .mapping(let pairs): return [node.position] + pairs.flatMap { [$0.keyPosition] + positions(of: $0.value) }
        }
    }
}
