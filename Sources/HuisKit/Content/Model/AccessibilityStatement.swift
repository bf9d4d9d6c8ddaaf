/// What the accessibility statement at `toegankelijkheid/` says, from
/// `accessibility:` in region.md. The statement follows the EU model
/// (Commission Implementing Decision (EU) 2018/1523).
public struct AccessibilityStatement: Hashable, Sendable {
    /// How far the site meets WCAG 2.1 level AA.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case full
        case partial
        case none

        /// Also accepted in front matter, because editors write Dutch.
        static let dutch: [String: Status] = ["volledig": .full, "gedeeltelijk": .partial, "niet": .none]
    }

    /// Content that is not (yet) accessible, why, and how to get it anyway.
    public struct Exception: Hashable, Sendable {
        public var what: String
        public var reason: String?
        public var alternative: String?

        public init(what: String, reason: String? = nil, alternative: String? = nil) {
            self.what = what
            self.reason = reason
            self.alternative = alternative
        }
    }

    /// `partial` unless the region says otherwise: a site claims full
    /// compliance only after an evaluation says so.
    public var status: Status
    /// The day of the last evaluation.
    public var evaluated: LocalDate?
    /// How it was evaluated (self-assessment, an external audit …).
    public var method: String?
    /// The day the statement was drawn up or last reviewed.
    public var statementDate: LocalDate?
    public var exceptions: [Exception]

    public init(status: Status = .partial, evaluated: LocalDate? = nil, method: String? = nil,
                statementDate: LocalDate? = nil, exceptions: [Exception] = []) {
        self.status = status
        self.evaluated = evaluated
        self.method = method
        self.statementDate = statementDate
        self.exceptions = exceptions
    }
}
