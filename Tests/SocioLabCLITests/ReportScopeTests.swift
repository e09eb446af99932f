import Foundation
import Testing

/// `report --partner` is checked against the store's operation (the kit lists the unknown partners).
struct ReportScopeTests {
    @Test("An unknown --partner exits 2, naming the first unknown one in id order and the known ones")
    func unknownPartner() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let result = try directory.sociolab(
            "report", "--store", "s", "--partner", "nobody", "--partner", "prizma", "--partner", "aaa")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError
                == ("sociolab: error: option '--partner' does not accept 'aaa'; use one of prizma, citilab, "
                    + "prj-halo, ra-slovenske-gorice, ric-slovenska-bistrica, stajerska-gz, tkalka, zavod-pip, "
                    + "caap, zses, bistra-ptuj [usage.invalid-value]\n"),
            "\(result)")
    }
}
