/// The commands and options of `huis`, with their help texts: the one place
/// that `--help`, `huis help <command>` and the argument parser read.
public struct CommandSpec: Sendable {
    public let name: String
    public let synopsis: String
    public let summary: String
    public let details: String
    public let options: [OptionSpec]
    /// Names of the positional arguments, for the usage line.
    public let positionals: [String]

    public struct OptionSpec: Sendable {
        public let name: String
        /// Nil for a flag without a value.
        public let valueName: String?
        public let help: String
        public let defaultValue: String?
        /// When set, the value must be one of these.
        public let choices: [String]?

        public init(_ name: String, value: String? = nil, help: String, default defaultValue: String? = nil, choices: [String]? = nil) {
            self.name = name
            self.valueName = value
            self.help = help
            self.defaultValue = defaultValue
            self.choices = choices
        }
    }

    public func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

    static let content = OptionSpec("content", value: "DIR", help: "The content folder.", default: "content")
    static let strict = OptionSpec("strict", help: "Count warnings (unclear link texts, long sentences …) as errors, for the editors' own CI.")
    static let format = OptionSpec("format", value: "FORMAT", help: "How to print problems and the summary: text for people, json for tools.",
                                   default: "text", choices: ["text", "json"])

    public static let all: [CommandSpec] = [
        CommandSpec(
            name: "build",
            synopsis: "huis build [--content DIR] [--theme DIR] [--out DIR] [--region ID] [--now DATE] [--strict] [--force] [--format text|json]",
            summary: "Check all content and build the sites.",
            details: """
            Checks everything first, as `huis check` does; with any error nothing is
            written and the previous output stays exactly as it was. Otherwise every
            region's site is built into OUT/<region>/ (and OUT/index.html lists the
            regions). Only files whose bytes changed are rewritten; files huis did not
            write (a host's .htaccess or CNAME) are never touched. When nothing huis
            reads has changed since the last build (content, theme, options, huis
            itself) and no news item or event changes state, the build stops at once.
            The last line counts the pages and files added, changed and removed.
            Only one build at a time writes an output folder: a second one stops at
            once (status 3) while the first runs.
            Exit status: 0 on success, 1 when the content or theme has errors, 2 on
            wrong usage, 3 when the output cannot be written.
            """,
            options: [
                content,
                OptionSpec("theme", value: "DIR", help: "The theme folder.", default: "themes/<theme in site.md>"),
                OptionSpec("out", value: "DIR", help: "Where the sites are written.", default: "public"),
                OptionSpec("region", value: "ID", help: "Build only this region (a comma-separated list for several); the others stay as they are."),
                OptionSpec("now", value: "DATE", help: "The moment that decides what is published: YYYY-MM-DD (start of that day) or YYYY-MM-DD HH:MM, Belgian time.", default: "the current time in Belgium"),
                strict,
                OptionSpec("force", help: "Build everything even when nothing seems to have changed."),
                format,
            ],
            positionals: []),
        CommandSpec(
            name: "check", synopsis: "huis check [--content DIR] [--strict] [--format text|json]",
            summary: "Check all content and report every problem; writes nothing.",
            details: """
            Reads every file of the content folder, checks the front matter of each
            against its kind, resolves links between pages, runs the editor checks
            (alt texts, headings, link texts, clear language, the contrast of the
            region's colours; see docs/lints.md), and prints every problem with its
            file, line and column and a hint on how to fix it.
            Exit status: 0 when there are no errors, 1 when there are, 2 on wrong usage.
            """,
            options: [content, strict, format], positionals: []),
        CommandSpec(
            name: "new", synopsis: "huis new partner|news|event|page|location TITLE --region ID [--content DIR]",
            summary: "Create a content file with every field explained.",
            details: """
            Makes regions/ID/<kind>/<slug>.md with a slug from the title (accents
            dropped, lower case; a number is added when the name is taken), the
            fields a file of that kind must have already filled in, today's date
            where the kind has one, and every other field commented out with a
            Dutch explanation. Prints the path of the new file.
            A partner without --region becomes a network-level partner in partners/.
            """,
            options: [content, OptionSpec("region", value: "ID", help: "The region the file belongs to.")],
            positionals: ["KIND", "TITLE"]),
        CommandSpec(
            name: "init", synopsis: "huis init REGION-ID [--content DIR] [--seeds DIR]",
            summary: "Start a new region from the starter kit.",
            details: """
            Copies the starter kit (seeds/) into content/regions/REGION-ID/: region.md
            with every field explained, the standard pages (about us, contact,
            privacy, accessibility), an example partner and a location. It never
            overwrites anything: an existing region folder is an error.
            """,
            options: [content, OptionSpec("seeds", value: "DIR", help: "The starter kit.", default: "seeds beside the content folder")],
            positionals: ["REGION-ID"]),
        CommandSpec(
            name: "reference", synopsis: "huis reference",
            summary: "Print the front-matter reference (docs/front-matter.md) from the schema.",
            details: "The reference of every field of every kind of content file, in Dutch, as Markdown.",
            options: [], positionals: []),
        CommandSpec(
            name: "help", synopsis: "huis help [COMMAND]",
            summary: "Explain a command and all of its options.",
            details: "Without a command, lists all commands.",
            options: [], positionals: ["COMMAND"]),
    ]

    public static func named(_ name: String) -> CommandSpec? { all.first { $0.name == name } }
}
