@main
struct SocioLabBench {
    static func main() { print("under construction") }
}
