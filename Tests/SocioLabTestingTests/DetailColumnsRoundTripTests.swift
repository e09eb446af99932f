import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

/// Issue 14: an export with the plugins writes their detail fields as columns of `activities.csv`; the
/// import reads them back, so export → import gives the same dataset.
struct DetailColumnsRoundTripTests {
    static func roundTrip(_ dataset: Dataset, writer: CSVWriter = CSVWriter()) throws -> Dataset {
        let files = try CSVExport.files(for: dataset, writer: writer, plugins: .standard)
        let batch = try CSVImport.read(
            files.map { CSVSource(name: $0.name, data: $0.data) },
            options: .init(operation: dataset.operation, plugins: .standard))
        var back = Dataset(operation: dataset.operation)
        for change in ImportPlanner.changes(for: batch, against: back) { _ = try back.apply(change) }
        return back
    }

    @Test(arguments: [CSVWriter(), CSVWriter.excel])
    func theDemoRoundTripsWithDetailColumns(writer: CSVWriter) throws {
        let demo = SampleData.demo()
        #expect(try Self.roundTrip(demo, writer: writer) == demo)
    }

    @Test func theLargeSampleRoundTripsWithDetailColumns() throws {
        let large = SampleData.large(persons: 2000)
        #expect(try Self.roundTrip(large) == large)
    }

    @Test func theColumnsDoNotDependOnTheData() throws {
        let header = { (dataset: Dataset) throws -> Substring in
            let file = try CSVExport.file(.activities, for: dataset, plugins: .standard)
            return String(decoding: file.data, as: UTF8.self).split(separator: "\n")[0]
        }
        let demo = try header(SampleData.demo())
        #expect(demo == (try header(Dataset(operation: .socioLabPodravje))))
        let columns = demo.split(separator: ",").map(String.init)
        #expect(columns == ExchangeTable.activities.columns + PluginRegistry.standard.detailColumns.names)
        // Without plugins the layout is the one before detail columns.
        let plain = try CSVExport.file(.activities, for: SampleData.demo())
        #expect(
            String(decoding: plain.data, as: UTF8.self).split(separator: "\n")[0]
                == ExchangeTable.activities.columns.joined(separator: ","))
    }

    @Test func theDetailsCellKeepsOnlyWhatIsNoDeclaredField() throws {
        let training = try TrainingPlugin().activity(
            id: "t1", title: "T", startDate: Day(year: 2019, month: 10, day: 3)!,
            details: .init(hours: Quantity(hundredths: 150), certificate: true))
        var extra = training
        extra.id = "t2"
        extra.details = try JSONValue(parsing: #"{"hours": "eight", "room": "B", "trainer": "Ana"}"#)
        let dataset = Dataset(operation: .socioLabPodravje, records: [training.record, extra.record])
        let text = String(
            decoding: try CSVExport.file(.activities, for: dataset, plugins: .standard).data, as: UTF8.self)
        let rows = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let columns = rows[0].map(String.init)
        func cell(_ row: Int, _ name: String) -> String { String(rows[row][columns.firstIndex(of: name)!]) }
        #expect(cell(1, "details") == "" && cell(1, "hours") == "1.5" && cell(1, "certificate") == "yes")
        // A value the column cannot spell ("eight" is no number) stays in the details cell, as does `room`.
        let second = String(text.split(separator: "\n")[2])
        #expect(second.contains(#","{""hours"":""eight"",""room"":""B""}","#), "\(second)")
        #expect(second.contains(",,Ana,"), "\(second)")
        #expect(try Self.roundTrip(dataset) == dataset)
    }

    /// Issue 14 requires the activity details as columns; this pins the layout the CLI export writes
    /// (with the standard plugins) for the demo sample.
    @Test func demoActivitiesWithDetailColumnsArePinned() throws {
        let file = try CSVExport.file(.activities, for: SampleData.demo(), plugins: .standard)
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(file.data)) == Self.pinned)
    }

    static let pinned = "33dff5dcdc1dbc8d6905a13756909d6020370a848cd5f130bee2d205ab491117"
}
