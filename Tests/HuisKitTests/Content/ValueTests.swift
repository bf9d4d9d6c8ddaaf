import Testing
@testable import HuisKit

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("014 12 34 56", "tel:+3214123456"),
        ("014/12.34.56", "tel:+3214123456"),
        ("0470 12 34 56", "tel:+32470123456"),
        ("+32 14 12 34 56", "tel:+3214123456"),
        ("+32 (0)14", nil),
        ("1712", "tel:1712"),
        ("106", "tel:106"),
        ("+33 1 23 45 67 89", "tel:+33123456789"),
        ("0800 13 500", "tel:+3280013500"),
    ] as [(String, String?)])
    func acceptsBelgianShortAndInternationalNumbers(_ input: String, _ tel: String?) {
        #expect(PhoneNumber(input)?.telURI == tel)
    }

    @Test(arguments: ["12 345", "014 12 34 5", "phone", "0123456789012", "+32 1", ""])
    func rejectsWhatIsNoPhoneNumber(_ input: String) {
        #expect(PhoneNumber(input) == nil)
    }

    @Test func keepsTheWrittenFormForDisplay() {
        #expect(PhoneNumber(" 014 12 34 56 ")?.display == "014 12 34 56")
    }
}

@Suite struct SimpleValueTests {
    @Test func emailNeedsOneAtAndADottedDomain() {
        #expect(EmailAddress("info@kindengezin.be") != nil)
        #expect(EmailAddress("info@kindengezin") == nil)
        #expect(EmailAddress("info.kindengezin.be") == nil)
        #expect(EmailAddress("a@b@c.be") == nil)
        #expect(EmailAddress("in fo@x.be") == nil)
        #expect(EmailAddress("info@x.be")?.mailtoURI == "mailto:info@x.be")
    }

    @Test func urlMustBeAbsoluteHTTP() {
        #expect(WebURL("https://www.ranst.be/huisvanhetkind")?.absoluteString == "https://www.ranst.be/huisvanhetkind")
        #expect(WebURL("http://x.be") != nil)
        #expect(WebURL("www.ranst.be") == nil)
        #expect(WebURL("https://localhost") == nil)
        #expect(WebURL("ftp://x.be") == nil)
        #expect(WebURL("https://x.be/a b") == nil)
        #expect(WebURL("https://x.be")?.withTrailingSlash == "https://x.be/")
    }

    @Test func colorsInLongAndShortForm() {
        #expect(HexColor("#0B5A8A") == HexColor(red: 0x0b, green: 0x5a, blue: 0x8a))
        #expect(HexColor("#fff")?.description == "#ffffff")
        #expect(HexColor("blauw") == nil)
        #expect(HexColor("#12345") == nil)
        #expect(HexColor("#gggggg") == nil)
    }

    @Test func languagesByCodeWithDutchNames() {
        #expect(Language(code: "ar")?.dutchName == "Arabisch")
        #expect(Language(code: "VGT")?.dutchName == "Vlaamse Gebarentaal")
        #expect(Language(code: "xx") == nil)
    }

    @Test func slugsFoldDiacriticsAndPunctuation() {
        #expect(Slug.make(from: "Kind & Gezin") == "kind-gezin")
        #expect(Slug.make(from: "Crèche 't Kapoentje!") == "creche-t-kapoentje")
        #expect(Slug.make(from: "  Geïntegreerd  werk ") == "geintegreerd-werk")
        #expect(Slug.isValid("kind-en-gezin"))
        #expect(!Slug.isValid("Kind en Gezin"))
        #expect(!Slug.isValid("crèche"))
    }

    @Test func suggestionsFindTyposAndDutchWords() {
        #expect(Suggestion.closest(to: "titel", in: ["title", "summary"]) == "title")
        #expect(Suggestion.closest(to: "sumary", in: ["title", "summary"]) == "summary")
        #expect(Suggestion.closest(to: "openingsuren", in: ["hours", "title"]) == "hours")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["hours", "title"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }
}

@Suite struct OpeningHoursParserTests {
    @Test(arguments: [("09:00", 540), ("9:00", 540), ("09.30", 570), ("9u", 540), ("9u30", 570), ("24:00", 1440), ("00:00", 0)])
    func readsTheWaysEditorsWriteTimes(_ text: String, _ minutes: Int) {
        #expect(OpeningHoursParser.minutes(text) == minutes)
    }

    @Test(arguments: ["25:00", "24:30", "9", "09:60", "9:5", "noon", "123:00"])
    func rejectsImpossibleTimes(_ text: String) {
        #expect(OpeningHoursParser.minutes(text) == nil)
    }

    @Test func rangesMustEndAfterTheyStart() throws {
        #expect(try OpeningHoursParser.range("09:00-12:00").get() == OpeningHours.TimeRange(start: 540, end: 720))
        #expect(try OpeningHoursParser.range("13:00 – 16:30").get() == OpeningHours.TimeRange(start: 780, end: 990))
        #expect(throws: OpeningHoursParser.Problem.self) { try OpeningHoursParser.range("12:00-09:00").get() }
        #expect(throws: OpeningHoursParser.Problem.self) { try OpeningHoursParser.range("09:00").get() }
    }
}
