import Testing
@testable import HuisKit

@Suite struct DutchSoundKeyTests {
    @Test func spellingsOfTheSameSoundMeet() {
        let pairs = [("psycholoog", "psigoloog"), ("vakantie", "fakantie"), ("kind", "kint"), ("logopedist", "logopeddist"),
                     ("creche", "kreche"), ("fysiotherapie", "fisioterapie"), ("pedagoog", "pedagooch"), ("bijles", "beiles"),
                     ("auto", "outo"), ("quiz", "kwis"), ("taxi", "taksi"), ("stadt", "stat")]
        for (a, b) in pairs {
            #expect(DutchSoundKey.key(a) == DutchSoundKey.key(b), "\(a) ~ \(b)")
        }
    }

    @Test func differentSoundsStayApart() {
        #expect(DutchSoundKey.key("kind") != DutchSoundKey.key("kant"))
        #expect(DutchSoundKey.key("opvang") != DutchSoundKey.key("opvoeding"))
    }

    @Test func exactKeys() {
        #expect(DutchSoundKey.key("psycholoog") == "psigolog")
        #expect(DutchSoundKey.key("schoolcheque") == "sgolgekwe")
        #expect(DutchSoundKey.key("ijsje") == "eisje")
    }

    @Test func appliesToWordsOfFourLettersOrMore() {
        #expect(DutchSoundKey.applies(to: "zorg"))
        #expect(!DutchSoundKey.applies(to: "bib"))
        #expect(!DutchSoundKey.applies(to: "0-3"))
        #expect(!DutchSoundKey.applies(to: "info@caw"))
    }
}
