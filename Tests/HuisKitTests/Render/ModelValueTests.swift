import Testing
@testable import HuisKit

@Suite struct ModelValueTests {
    @Test func asciiMapLinksAreEncodedAsByFoundation() {
        var addresses = ["Kerkstraat 47, 2570 Duffel", "Markt 1\n2400 Mol", "a\r\nb\n\nc\r", "\nx\n", "", "~a-b_c.d/e?f=g&h#i",
                         "Huis \"De Kabouter\" (1e verdieping), 3000 Leuven", "a\u{0B}b\u{0C}c"]
        addresses.append(String(decoding: Array(1..<128), as: UTF8.self))
        for address in addresses {
            #expect(ModelValues.mapURLASCII(address) == ModelValues.mapURLByFoundation(address), "\(address.debugDescription)")
        }
        #expect(ModelValues.mapURLASCII("Grote Markt, Sint-Ëlooi") == nil)
        #expect(ModelValues.mapURL("Grote Markt, Sint-Ëlooi") == ModelValues.mapURLByFoundation("Grote Markt, Sint-Ëlooi"))
    }
}
