/// A rough "sounds like" key for a folded Dutch word (the index uses the
/// keys of stems, so inflections meet too), so that spellings a
/// parent might type for a word they only heard ("psigoloog" for
/// "psycholoog", "fakantie" for "vakantie", "kint" for "kind") meet the
/// word in the index. It is a fallback for words the index does not know,
/// never a replacement for the word itself.
///
/// The rules, applied left to right on the folded word:
/// - `sch` → `sg`, `ch` → `g`, `ph` → `f`, `th` → `t`, `qu` → `kw`, `x` → `ks`;
/// - `c` → `s` before `e`, `i`, `y`, otherwise `k` (`ck` → `k`);
/// - `y` → `i`, `ij` → `ei`, `au` → `ou`, `v` → `f`, `z` → `s`;
/// - `dt` → `t`, and a final `d` → `t`;
/// - then every run of the same letter becomes one letter (`oo` → `o`).
///
/// `search.js` implements the same rules; the JavaScript tests check that
/// both agree on every word of a real index.
public enum DutchSoundKey {
    /// The sound key of a folded (lower-case, accent-free) word.
    public static func key(_ folded: String) -> String {
        let input = Array(folded.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count + 2)
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? {
            let position = index + offset
            return position < input.count ? input[position] : nil
        }
        while index < input.count {
            let letter = input[index]
            var step = 1
            switch letter {
            case "c":
                if at(1) == "h" {
                    out.append("g")
                    step = 2
                } else if at(1) == "k" {
                    out.append("k")
                    step = 2
                } else if let next = at(1), next == "e" || next == "i" || next == "y" {
                    out.append("s")
                } else {
                    out.append("k")
                }
            case "p" where at(1) == "h":
                out.append("f")
                step = 2
            case "t" where at(1) == "h":
                out.append("t")
                step = 2
            case "q" where at(1) == "u":
                out.append(contentsOf: ["k", "w"])
                step = 2
            case "x":
                out.append(contentsOf: ["k", "s"])
            case "y":
                out.append("i")
            case "i" where at(1) == "j":
                out.append(contentsOf: ["e", "i"])
                step = 2
            case "a" where at(1) == "u":
                out.append(contentsOf: ["o", "u"])
                step = 2
            case "v":
                out.append("f")
            case "z":
                out.append("s")
            case "d" where at(1) == "t":
                out.append("t")
                step = 2
            case "d" where index == input.count - 1:
                out.append("t")
            default:
                out.append(letter)
            }
            index += step
        }
        var key: [Unicode.Scalar] = []
        for scalar in out where key.last != scalar {
            key.append(scalar)
        }
        return String(scalars: key)
    }

    /// Whether a word is worth a sound key: letters only, at least four.
    public static func applies(to folded: String) -> Bool {
        var count = 0
        for scalar in folded.unicodeScalars {
            guard scalar.value >= 0x61 && scalar.value <= 0x7A else { return false }
            count += 1
        }
        return count >= 4
    }
}
