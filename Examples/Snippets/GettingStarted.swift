// swift-format-ignore-file
// The snippet of Documentation/GettingStarted.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import SocioLabTesting

/// GettingStarted.md, "Testing with SocioLabTesting".
func gettingStartedFixtures() async throws {
let workspace = try await Fixtures.workspace()          // the demo data, in memory, clock fixed
let empty = try await Fixtures.workspace(.empty)
try await empty.apply(Fixtures.heldTraining, author: "test", reason: "fixture")
_ = workspace
}
