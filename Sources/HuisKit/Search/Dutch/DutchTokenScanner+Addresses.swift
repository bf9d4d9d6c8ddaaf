/// Web and e-mail addresses: kept whole, so "info@kindengezin.be" can be
/// found as typed, and followed by their words so "kindengezin" finds it too.
extension DutchTokenScanner {
    /// Scans a web address at the scan position, if one starts there.
    func scanWebAddress() -> Bool {
        let start = position
        let hostStart: Int
        if hasPrefix("https://", at: start) {
            hostStart = start + 8
        } else if hasPrefix("http://", at: start) {
            hostStart = start + 7
        } else if hasPrefix("www.", at: start) {
            hostStart = start
        } else {
            return false
        }
        var end = hostStart
        while let scalar = scalar(at: end), !DutchCharacters.isWhitespace(scalar), !Self.endsAddress(scalar) {
            end += 1
        }
        end = trimmingTrailingPunctuation(from: start, to: end)
        var hostEnd = hostStart
        while hostEnd < end, !Self.endsHost(scalars[hostEnd]) {
            hostEnd += 1
        }
        let host = scalars[hostStart..<hostEnd]
        guard let first = host.first, DutchCharacters.isWordCharacter(first),
              host.dropFirst().contains(".") else { return false }
        emitAddress(.url, to: end, words: hostStart..<hostEnd)
        return true
    }

    /// Scans an e-mail address at the scan position, if one starts there.
    func scanEmailAddress() -> Bool {
        guard position >= emailSearchedUpTo else { return false }
        var at = position
        while let scalar = scalar(at: at), Self.isEmailNameCharacter(scalar) {
            at += 1
        }
        // Word starts before `at` all end their name at the same place, so
        // this lookahead is done once per run, not once per word.
        emailSearchedUpTo = at
        guard scalar(at: at) == "@", scalars[at - 1] != "." else { return false }

        var end = at + 1
        var lastDot: Int?
        while let scalar = scalar(at: end) {
            if DutchCharacters.isWordCharacter(scalar) || scalar == "-" {
                end += 1
            } else if scalar == ".", let next = self.scalar(at: end + 1), DutchCharacters.isWordCharacter(next) {
                lastDot = end
                end += 1
            } else {
                break
            }
        }
        guard let dot = lastDot, dot > at + 1, end - dot > 2,
              scalars[(dot + 1)..<end].allSatisfy(DutchCharacters.isLetter) else { return false }
        emitAddress(.email, to: end, words: position..<end)
        return true
    }

    // MARK: Helpers

    /// Emits the address from the scan position up to `end`, then the words
    /// in `words`, leaving out the top-level domain and "www".
    private func emitAddress(_ kind: DutchToken.Kind, to end: Int, words: Range<Int>) {
        let start = mark
        var runs: [(start: Mark, end: Mark)] = []
        var runStart: Mark?
        while position < end {
            let inWord = words.contains(position) && DutchCharacters.isWordCharacter(scalars[position])
            if inWord, runStart == nil { runStart = mark }
            if !inWord, let open = runStart {
                runs.append((open, mark))
                runStart = nil
            }
            advance()
        }
        if let open = runStart { runs.append((open, mark)) }
        emit(kind, from: start, to: mark)
        for run in runs.dropLast() where !isWWW(run.start.index..<run.end.index) {
            emit(.word, from: run.start, to: run.end)
        }
    }

    private func isWWW(_ range: Range<Int>) -> Bool {
        range.count == 3 && scalars[range].allSatisfy { $0 == "w" || $0 == "W" }
    }

    private func hasPrefix(_ prefix: String, at index: Int) -> Bool {
        var current = index
        for expected in prefix.unicodeScalars {
            guard let scalar = scalar(at: current), Self.asciiLowercased(scalar) == expected else { return false }
            current += 1
        }
        return true
    }

    private func trimmingTrailingPunctuation(from start: Int, to end: Int) -> Int {
        var end = end
        while end > start, let last = scalar(at: end - 1) {
            if last == ")" {
                // Keep the closing parenthesis of "wiki/Foo_(bar)", not of "(see www.x.be)".
                let opened = scalars[start..<end].filter { $0 == "(" }.count
                let closed = scalars[start..<end].filter { $0 == ")" }.count
                guard closed > opened else { break }
            } else if !".,;:!?'\u{2019}]".unicodeScalars.contains(last) {
                break
            }
            end -= 1
        }
        return end
    }

    /// < > " | \\ { } “ ” « »
    private static func endsAddress(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3C, 0x3E, 0x22, 0x7C, 0x5C, 0x7B, 0x7D, 0x201C, 0x201D, 0xAB, 0xBB: true
        default: false
        }
    }

    /// / ? # :
    private static func endsHost(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2F, 0x3F, 0x23, 0x3A: true
        default: false
        }
    }

    /// Letters, digits and . _ % + -
    private static func isEmailNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x5F, 0x25, 0x2B, 0x2D: true
        default: DutchCharacters.isWordCharacter(scalar)
        }
    }

    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
    }
}
