@main
struct Placeholder {
    static func main() { print("under construction") }
}
