import Foundation
import Testing

@testable import SocioLabKit

struct JSONValueTests {
    struct Details: Codable, Equatable {
        var hours: Int?
        var threshold: Double?
        var hosts: [String]?
        var international: Bool?
        var nested: Nested?
        struct Nested: Codable, Equatable { var name: String }
        enum CodingKeys: String, CodingKey {
            case hours, threshold, hosts, international, nested
        }
    }

    @Test func decodesLikeJSONDecoder() throws {
        let text =
            #"{"hours": 12, "threshold": 0.8, "hosts": ["o1", "o2"], "international": true, "nested": {"name": "x"}, "extra": null}"#
        let value = try JSONValue(parsing: text)
        let direct = try value.decode(Details.self)
        let viaText = try JSONDecoder().decode(Details.self, from: Data(text.utf8))
        #expect(direct == viaText)
        #expect(direct.hosts == ["o1", "o2"])
    }

    @Test(arguments: [
        (#"{"hours": "twelve"}"#, "hours"), (#"{"hosts": ["o1", 5]}"#, "hosts.Index 1"),
        (#"{"nested": {}}"#, "nested"), (#"{"hours": 1.5}"#, "hours"), (#"[1]"#, ""),
    ])
    func errorsNameTheField(_ text: String, _ path: String) throws {
        let value = try JSONValue(parsing: text)
        do {
            _ = try value.decode(Details.self)
            Issue.record("expected a decoding error")
        } catch let error as DecodingError {
            let context: DecodingError.Context
            switch error {
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c),
                .dataCorrupted(let c):
                context = c
            @unknown default:
                Issue.record("unexpected error")
                return
            }
            #expect(context.codingPath.map(\.stringValue).joined(separator: ".") == path)
        }
    }

    @Test func numbersKeepTheirText() throws {
        let value = try JSONValue(parsing: #"{"a": 12, "b": 0.25, "c": -3}"#)
        #expect(value["a"] == .number("12"))
        #expect(value["b"] == .number("0.25"))
        #expect(value.jsonText == #"{"a":12,"b":0.25,"c":-3}"#)
        #expect(try JSONValue(parsing: value.jsonText) == value)
    }

    @Test func encodingTypedDetailsGivesAnEqualValueBack() throws {
        let details = Details(
            hours: 8, threshold: 0.75, hosts: ["o1"], international: nil, nested: .init(name: "š"))
        let value = try JSONValue(encoding: details)
        #expect(try value.decode(Details.self) == details)
    }

    @Test func rejectsText() {
        #expect(throws: SocioLabError.self) { try JSONValue(parsing: "{not json") }
    }
}
