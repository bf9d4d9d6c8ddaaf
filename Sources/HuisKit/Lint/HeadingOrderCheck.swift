/// Headings that skip a level going down (h2 then h4), which breaks the
/// outline screen reader users navigate by. The page title is the h1, so the
/// body's first heading must be an h2 (or lower in the outline where the body
/// sits deeper, as a location's does on the contact page).
enum HeadingOrderCheck {
    /// `base` is the level of the heading the body sits under (1: the page title).
    static func run(_ headings: [MarkdownHeading], file: String, base: Int = 1) -> [Diagnostic] {
        var previous = base
        var found: [Diagnostic] = []
        for (index, heading) in headings.enumerated() {
            defer { previous = heading.level }
            guard heading.level > previous + 1 else { continue }
            let title = LintText.quoted(heading.text)
            if index == 0 {
                found.append(LintRule.headingLevelSkip.diagnostic(
                    "the heading '\(title)' skips a level: it is a level-\(heading.level) heading right under the page title",
                    file: file, at: heading.position,
                    hint: base == 1
                        ? "The page title is the only level-1 heading, so the body's headings start at level 2: write ## (or #) before this heading."
                        : "Start this body's headings one level below the heading it sits under (level \(base + 1))."))
            } else {
                found.append(LintRule.headingLevelSkip.diagnostic(
                    "the heading '\(title)' skips a level: level \(heading.level) after level \(previous)",
                    file: file, at: heading.position,
                    hint: "Go down one level at a time: remove \(Self.signs(heading.level - previous - 1)) from this heading, "
                        + "or add the missing level above it. Screen reader users move through a page by its headings."))
            }
        }
        return found
    }

    private static func signs(_ n: Int) -> String { n == 1 ? "one #" : "\(n) # signs" }
}
