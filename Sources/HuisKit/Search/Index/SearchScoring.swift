import Foundation

/// How a document's score for a term is computed at build time, so the
/// browser only adds numbers up.
///
/// Per field, the term frequency is saturated (more mentions help less and
/// less) and weighted: title > summary > topic and age labels > details >
/// body. The body is also normalised by its length against the region's
/// average (BM25, k1 = 1.2, b = 0.6). The sum is multiplied by the term's
/// inverse document frequency (BM25's idf) and by the document kind's
/// weight: a past event counts half, so it stays findable but ranks below
/// current content.
///
/// Scores are stored on a logarithmic scale of ``levels`` steps that spans
/// a factor ``range`` between the region's strongest and weakest score.
public enum SearchScoring {
    public static let levels = 63
    public static let range = 1000.0

    public static func weight(_ field: SearchDocument.Field) -> Double {
        switch field {
        case .title: return 8
        case .summary: return 4
        case .labels: return 2.5
        case .details: return 1.5
        case .body: return 1
        }
    }

    public static func weight(_ kind: SearchDocument.Kind) -> Double {
        kind == .pastEvent ? 0.5 : 1
    }

    /// A term found only as part of a compound counts this much of a whole word.
    public static let compoundPartWeight = 0.7
    /// A synonym group's postings count this much of the word itself.
    public static let synonymWeight = 0.8

    static let k1 = 1.2
    static let b = 0.6
    /// Saturation of the short fields: one mention scores 1, two 1.2.
    static let shortFieldK = 0.5

    /// The score of a term in one document, without the idf.
    static func termScore(_ counts: FieldCounts, bodyLength: Double, averageBodyLength: Double) -> Double {
        var score = 0.0
        for field in SearchDocument.Field.allCases {
            let tf = counts[field]
            guard tf > 0 else { continue }
            let saturation: Double
            if field == .body {
                let norm = 1 - b + b * bodyLength / max(averageBodyLength, 1)
                saturation = tf * (k1 + 1) / (tf + k1 * norm)
            } else {
                saturation = tf * (shortFieldK + 1) / (tf + shortFieldK)
            }
            score += weight(field) * saturation
        }
        return score
    }

    static func idf(documents: Int, containing: Int) -> Double {
        let n = Double(documents), df = Double(containing)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// The stored level of `score` given the region's best score.
    static func level(_ score: Double, best: Double) -> Int {
        guard score > 0, best > 0 else { return 1 }
        let step = log(range) / Double(levels - 1)
        let below = (log(best / score) / step).rounded()
        return max(1, min(levels, levels - Int(below)))
    }
}

/// Term frequencies per field, without a heap allocation per term.
struct FieldCounts {
    private var title = 0.0, summary = 0.0, labels = 0.0, details = 0.0, body = 0.0

    subscript(_ field: SearchDocument.Field) -> Double {
        get {
            switch field {
            case .title: return title
            case .summary: return summary
            case .labels: return labels
            case .details: return details
            case .body: return body
            }
        }
        set {
            switch field {
            case .title: title = newValue
            case .summary: summary = newValue
            case .labels: labels = newValue
            case .details: details = newValue
            case .body: body = newValue
            }
        }
    }
}
