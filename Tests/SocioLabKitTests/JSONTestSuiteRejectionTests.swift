import Foundation
import Testing

@testable import SocioLabKit

/// Every text the public JSONTestSuite files as "n_" (must be rejected by an RFC 8259 parser) is refused by
/// the reader, with the place of the fault (issue 20, "standards as they are written"). The cases are
/// written out here by name, not copied; texts that are not valid UTF-8 are given as bytes.
struct JSONTestSuiteRejectionTests {
    /// One "n_" case: its name in the suite and its bytes.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]

        init(_ name: String, _ text: String) {
            self.name = name
            bytes = Array(text.utf8)
        }

        init(_ name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }

        var testDescription: String { name }
    }

    static let arrays: [Case] = [
        Case("array_1_true_without_comma", "[1 true]"),
        Case("array_colon_instead_of_comma", "[\"\": 1]"),
        Case("array_comma_after_close", "[\"\"],"),
        Case("array_comma_and_number", "[,1]"),
        Case("array_double_comma", "[1,,2]"),
        Case("array_double_extra_comma", "[\"x\",,]"),
        Case("array_extra_close", "[\"x\"]]"),
        Case("array_extra_comma", "[\"\",]"),
        Case("array_incomplete", "[\"x\""),
        Case("array_incomplete_invalid_value", "[x"),
        Case("array_inner_array_no_comma", "[3[4]]"),
        Case("array_invalid_utf8", bytes: [0x5B, 0xFF, 0x5D]),
        Case("array_items_separated_by_semicolon", "[1:2]"),
        Case("array_just_comma", "[,]"),
        Case("array_just_minus", "[-]"),
        Case("array_missing_value", "[   , \"\"]"),
        Case("array_newlines_unclosed", "[\"a\",\n4\n,1,"),
        Case("array_number_and_comma", "[1,]"),
        Case("array_number_and_several_commas", "[1,,]"),
        Case("array_spaces_vertical_tab_formfeed", "[\"\u{0B}a\"\\f]"),
        Case("array_star_inside", "[*]"),
        Case("array_unclosed", "[\"\""),
        Case("array_unclosed_trailing_comma", "[1,"),
        Case("array_unclosed_with_new_lines", "[1,\n1\n,1"),
        Case("array_unclosed_with_object_inside", "[{}"),
        Case("nested_trailing_comma", "[[1,2,],3]"),
        Case("trailing_comma_after_white_space", "[1 ,\n ]"),
    ]

    static let objects: [Case] = [
        Case("object_bad_value", "[\"x\", truth]"),
        Case("object_bracket_key", "{[: \"x\"}\n"),
        Case("object_comma_instead_of_colon", "{\"x\", null}"),
        Case("object_double_colon", "{\"x\"::\"b\"}"),
        Case("object_emoji", "{🇨🇭}"),
        Case("object_garbage_at_end", "{\"a\":\"a\" 123}"),
        Case("object_key_with_single_quotes", "{key: 'value'}"),
        Case(
            "object_lone_continuation_byte_in_key_and_trailing_comma",
            bytes: Array("{\"".utf8) + [0xB9] + Array("\":\"0\",}".utf8)),
        Case("object_missing_colon", "{\"a\" b}"),
        Case("object_missing_key", "{:\"b\"}"),
        Case("object_missing_semicolon", "{\"a\" \"b\"}"),
        Case("object_missing_value", "{\"a\":"),
        Case("object_no-colon", "{\"a\""),
        Case("object_non_string_key", "{1:1}"),
        Case("object_non_string_key_but_huge_number_instead", "{9999E9999:1}"),
        Case("object_repeated_null_null", "{null:null,null:null}"),
        Case("object_several_trailing_commas", "{\"id\":0,,,,,}"),
        Case("object_single_quote", "{'a':0}"),
        Case("object_trailing_comma", "{\"id\":0,}"),
        Case("object_trailing_comment", "{\"a\":\"b\"}/**/"),
        Case("object_trailing_comment_open", "{\"a\":\"b\"}/**//"),
        Case("object_trailing_comment_slash_open", "{\"a\":\"b\"}//"),
        Case("object_trailing_comment_slash_open_incomplete", "{\"a\":\"b\"}/"),
        Case("object_two_commas_in_a_row", "{\"a\":\"b\",,\"c\":\"d\"}"),
        Case("object_unquoted_key", "{a: \"b\"}"),
        Case("object_unterminated-value", "{\"a\":\"a"),
        Case("object_with_single_string", "{ \"foo\" : \"bar\", \"a\" }"),
        Case("object_with_trailing_garbage", "{\"a\":\"b\"}#"),
        Case("nested_object_trailing_comma", "{\"a\":{\"b\":1,},\"c\":2}"),
        Case("object_trailing_comma_after_white_space", "{\"a\":0 , }"),
    ]

    static let numbers: [Case] = [
        Case("number_++", "[++1234]"), Case("number_+1", "[+1]"), Case("number_+Inf", "[+Inf]"),
        Case("number_-01", "[-01]"), Case("number_-1.0.", "[-1.0.]"), Case("number_-2.", "[-2.]"),
        Case("number_-NaN", "[-NaN]"), Case("number_.-1", "[.-1]"), Case("number_.2e-3", "[.2e-3]"),
        Case("number_0.1.2", "[0.1.2]"), Case("number_0.3e+", "[0.3e+]"), Case("number_0.3e", "[0.3e]"),
        Case("number_0.e1", "[0.e1]"), Case("number_0_capital_E+", "[0E+]"),
        Case("number_0_capital_E", "[0E]"),
        Case("number_0e+", "[0e+]"), Case("number_0e", "[0e]"), Case("number_1.0e+", "[1.0e+]"),
        Case("number_1.0e-", "[1.0e-]"), Case("number_1.0e", "[1.0e]"), Case("number_1_000", "[1 000.0]"),
        Case("number_1eE2", "[1eE2]"), Case("number_2.e+3", "[2.e+3]"), Case("number_2.e-3", "[2.e-3]"),
        Case("number_2.e3", "[2.e3]"), Case("number_9.e+", "[9.e+]"), Case("number_Inf", "[Inf]"),
        Case("number_NaN", "[NaN]"), Case("number_U+FF11_fullwidth_digit_one", "[１]"),
        Case("number_expression", "[1+2]"), Case("number_hex_1_digit", "[0x1]"),
        Case("number_hex_2_digits", "[0x42]"), Case("number_infinity", "[Infinity]"),
        Case("number_invalid+-", "[0e+-1]"), Case("number_invalid-negative-real", "[-123.123foo]"),
        Case("number_invalid-utf-8-in-bigger-int", bytes: Array("[123".utf8) + [0xE5, 0x5D]),
        Case("number_invalid-utf-8-in-exponent", bytes: Array("[1e1".utf8) + [0xE5, 0x5D]),
        Case("number_invalid-utf-8-in-int", bytes: Array("[0".utf8) + [0xE5, 0x5D]),
        Case("number_minus_infinity", "[-Infinity]"),
        Case("number_minus_sign_with_trailing_garbage", "[-foo]"),
        Case("number_minus_space_1", "[- 1]"), Case("number_neg_int_starting_with_zero", "[-012]"),
        Case("number_neg_real_without_int_part", "[-.123]"), Case("number_neg_with_garbage_at_end", "[-1x]"),
        Case("number_real_garbage_after_e", "[1ea]"),
        Case("number_real_with_invalid_utf8_after_e", bytes: Array("[1e".utf8) + [0xE5, 0x5D]),
        Case("number_real_without_fractional_part", "[1.]"), Case("number_starting_with_dot", "[.123]"),
        Case("number_with_alpha", "[1.2a-3]"), Case("number_with_alpha_char", "[1.8011670033376514H-308]"),
        Case("number_with_leading_zero", "[012]"),
    ]

    static let strings: [Case] = [
        Case("string_1_surrogate_then_escape", "[\"\\uD800\\\"]"),
        Case("string_1_surrogate_then_escape_u", "[\"\\uD800\\u\"]"),
        Case("string_1_surrogate_then_escape_u1", "[\"\\uD800\\u1\"]"),
        Case("string_1_surrogate_then_escape_u1x", "[\"\\uD800\\u1x\"]"),
        Case("string_accentuated_char_no_quotes", "[é]"),
        Case("string_backslash_00", bytes: [0x5B, 0x22, 0x5C, 0x00, 0x22, 0x5D]),
        Case("string_escape_x", "[\"\\x00\"]"),
        Case("string_escaped_backslash_bad", "[\"\\\\\\\"]"),
        Case("string_escaped_ctrl_char_tab", "[\"\\\t\"]"),
        Case("string_escaped_emoji", "[\"\\🌀\"]"),
        Case("string_incomplete_escape", "[\"\\\"]"),
        Case("string_incomplete_escaped_character", "[\"\\u00A\"]"),
        Case("string_incomplete_surrogate", "[\"\\uD834\\uDd\"]"),
        Case("string_incomplete_surrogate_escape_invalid", "[\"\\uD800\\uD800\\x\"]"),
        Case("string_invalid-utf-8-in-escape", bytes: Array("[\"\\u".utf8) + [0xE5, 0x22, 0x5D]),
        Case("string_invalid_backslash_esc", "[\"\\a\"]"),
        Case("string_invalid_unicode_escape", "[\"\\uqqqq\"]"),
        Case("string_invalid_utf8_after_escape", bytes: Array("[\"\\".utf8) + [0xE5, 0x22, 0x5D]),
        Case("string_leading_uescaped_thinspace", "[\\u0020\"asd\"]"),
        Case("string_no_quotes_with_bad_escape", "[\\n]"),
        Case("string_single_doublequote", "\""),
        Case("string_single_quote", "['single quote']"),
        Case("string_single_string_no_double_quotes", "abc"),
        Case("string_start_escape_unclosed", "[\"\\"),
        Case("string_unescaped_ctrl_char", bytes: Array("[\"a".utf8) + [0x00] + Array("a\"]".utf8)),
        Case("string_unescaped_newline", "[\"new\nline\"]"),
        Case("string_unescaped_tab", "[\"\t\"]"),
        Case("string_unicode_CapitalU", "\"\\UA66D\""),
        Case("string_with_trailing_garbage", "\"\"x"),
        Case("string_lone_surrogate_bytes", bytes: [0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D]),
        Case("string_overlong_utf8", bytes: [0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D]),
    ]

    static let structures: [Case] = [
        Case("incomplete_false", "[fals]"), Case("incomplete_null", "[nul]"),
        Case("incomplete_true", "[tru]"),
        Case("multidigit_number_then_00", bytes: Array("123".utf8) + [0x00]),
        Case("single_space", " "), Case("structure_U+2060_word_joined", "[\u{2060}]"),
        Case("structure_UTF8_BOM_no_data", bytes: [0xEF, 0xBB, 0xBF]),
        Case("structure_angle_bracket_.", "<.>"), Case("structure_angle_bracket_null", "[<null>]"),
        Case("structure_array_trailing_garbage", "[1]x"),
        Case("structure_array_with_extra_array_close", "[1]]"),
        Case("structure_array_with_unclosed_string", "[\"asd]"),
        Case("structure_ascii-unicode-identifier", "aå"), Case("structure_capitalized_True", "[True]"),
        Case("structure_close_unopened_array", "1]"),
        Case("structure_comma_instead_of_closing_brace", "{\"x\": true,"),
        Case("structure_double_array", "[][]"), Case("structure_end_array", "]"),
        Case("structure_incomplete_UTF8_BOM", bytes: [0xEF, 0xBB, 0x7B, 0x7D]),
        Case("structure_lone-invalid-utf-8", bytes: [0xE5]), Case("structure_lone-open-bracket", "["),
        Case("structure_no_data", ""), Case("structure_null-byte-outside-string", bytes: [0x5B, 0x00, 0x5D]),
        Case("structure_number_with_trailing_garbage", "2@"),
        Case("structure_object_followed_by_closing_object", "{}}"),
        Case("structure_object_unclosed_no_value", "{\"\":"),
        Case("structure_object_with_comment", "{\"a\":/*comment*/\"b\"}"),
        Case("structure_object_with_trailing_garbage", "{\"a\": true} \"x\""),
        Case("structure_open_array_apostrophe", "['"), Case("structure_open_array_comma", "[,"),
        Case("structure_open_array_open_object", "[{"), Case("structure_open_array_open_string", "[\"a"),
        Case("structure_open_array_string", "[\"a\""), Case("structure_open_object", "{"),
        Case("structure_open_object_close_array", "{]"), Case("structure_open_object_comma", "{,"),
        Case("structure_open_object_open_array", "{["), Case("structure_open_object_open_string", "{\"a"),
        Case("structure_open_object_string_with_apostrophes", "{'a'"),
        Case("structure_open_open", "[\"\\{[\"\\{[\"\\{[\"\\{"),
        Case("structure_single_eacute", bytes: [0xE9]),
        Case("structure_single_star", "*"), Case("structure_trailing_#", "{\"a\":\"b\"}#{}"),
        Case("structure_uescaped_LF_before_string", "[\\u000A\"\"]"), Case("structure_unclosed_array", "[1"),
        Case("structure_unclosed_array_partial_null", "[ false, nul"),
        Case("structure_unclosed_array_unfinished_false", "[ true, fals"),
        Case("structure_unclosed_array_unfinished_true", "[ false, tru"),
        Case("structure_unclosed_object", "{\"asd\":\"asd\""), Case("structure_unicode-identifier", "å"),
        Case("structure_whitespace_U+2060_word_joiner", "[\u{2060}]"),
        Case("structure_whitespace_formfeed", "[\u{0C}]"),
        Case("structure_100000_opening_arrays", String(repeating: "[", count: 100_000)),
        Case("structure_open_array_object", String(repeating: "[{\"\":", count: 50_000) + "\n"),
    ]

    static let all = arrays + objects + numbers + strings + structures

    /// A trailing comma, where it is (1-based line and column of the comma) and the path it is in.
    static let trailingCommas: [(text: String, line: Int, column: Int, path: String?)] = [
        ("[1,]", 1, 3, "[1]"),
        ("{\"a\":0,}", 1, 7, nil),
        ("{\"a\": [1, 2 ,\n  ]}", 1, 13, "a[2]"),
        ("{\"a\": {\"b\": true,\n\t}}", 1, 17, "a"),
    ]

    @Test(arguments: trailingCommas)
    func aTrailingCommaIsNamedAtTheComma(_ test: (text: String, line: Int, column: Int, path: String?)) throws
    {
        let error = try #require(throws: SocioLabError.self) { try JSONValue(parsing: test.text) }
        #expect(error.code == .invalidValue)
        #expect(error.location.line == test.line)
        #expect(error.location.column == test.column)
        #expect(error.location.field == test.path)
        #expect(error.message.contains("JSON allows no trailing comma"))
    }

    @Test func aDatasetDocumentWithATrailingCommaIsRefusedWithItsPlace() throws {
        let text = """
            {
              "format": "sociolab-dataset",
              "version": 1,
              "persons": [
                {"id": "p1", "gender": "f"},
              ]
            }
            """
        let failure = try #require(throws: ImportFailure.self) {
            try DatasetDocument.decode(Data(text.utf8), file: "dataset.json")
        }
        let error = try #require(failure.errors.first)
        #expect(failure.errors.count == 1)
        #expect(error.code == .importBadDocument)
        #expect(error.location.file == "dataset.json")
        #expect(error.location.line == 5)
        #expect(error.location.column == 32)
        #expect(error.location.field == "persons[1]")
        #expect(error.message.contains("JSON allows no trailing comma"))
    }

    @Test(arguments: all)
    func theTextReaderRefusesIt(_ test: Case) {
        let refused = test.bytes.withUnsafeBytes { bytes in
            do throws(JSONTextProblem) {
                _ = try JSONText.parse(bytes, depthLimit: JSONReader.maximumDepth)
                return nil as JSONTextProblem?
            } catch { return error }
        }
        let problem = refused
        #expect(problem != nil, "accepted: \(String(decoding: test.bytes.prefix(80), as: UTF8.self))")
        if let problem {
            #expect(problem.position.line >= 1)
            #expect(problem.position.column >= 1)
            #expect(problem.position.byteOffset <= test.bytes.count)
        }
    }

    @Test(arguments: all)
    func theStoreReaderRefusesIt(_ test: Case) {
        let accepted = test.bytes.withUnsafeBytes { bytes in
            var reader = JSONReader(bytes)
            do throws(JSONSyntaxError) {
                try reader.skipValue()
                try reader.expectEnd()
                return true
            } catch { return false }
        }
        #expect(!accepted, "accepted: \(String(decoding: test.bytes.prefix(80), as: UTF8.self))")
    }
}
