import Foundation
import SocioLabKit

/// How a rendered report is written out by the tool.
enum ReportRendering {
    /// The document's bytes, ending with a line feed (added when the renderer did not end with one).
    static func document(_ text: String) -> Data {
        var text = text
        if !text.hasSuffix("\n") { text += "\n" }
        return Data(text.utf8)
    }
}
