/// The Slovenian of each command's longer help: its discussion, and the help of its own options, flags and
/// positional arguments, keyed by command name and then by option, flag or argument name, so a command's
/// file needs no change when its help is translated (`SlovenianHelpTests` finds any English left).
extension SlovenianHelp {
    /// The tool's discussion.
    static let programDiscussion =
        "Shramba je mapa, podana z --store (pred ukazom ali za njim), sicer $SOCIOLAB_STORE, sicer "
        + "./sociolab-store. Izhodne kode: 0 uspeh, 1 napake preverjanja ali ugotovitve, 2 napaka v ukazni "
        + "vrstici, 3 napaka shrambe (zaklenjena, poškodovana, manjka, ni shramba)."

    /// Each command's discussion, by command name.
    static let discussions: [String: String] = [
        "init":
            "Konča se z izhodno kodo 3, če mapa shrambe že vsebuje shrambo ali druge datoteke, in z izhodno "
            + "kodo 2, če bi bila shramba znotraj druge shrambe.",
        "demo":
            "Shramba je ./sociolab-demo, razen če je podana možnost --store ($SOCIOLAB_STORE se ne upošteva, "
            + "zato prava shramba nikoli ni prizadeta). Prvi zagon jo napolni z ustvarjenimi podatki do "
            + "31. 12. 2020; naslednji zagoni jo uporabijo znova; --force jo zgradi na novo. Poročilo je na dan "
            + "31. 12. 2020, razen če je podana možnost --as-of.",
        "import":
            "Tabelo vsake datoteke CSV določa njeno ime (persons.csv, activities-2019.csv …) ali možnost "
            + "--entity. Vse datoteke enega klica se preberejo in preverijo skupaj, zato njihov vrstni red ni "
            + "pomemben; zapisi z obstoječo šifro se posodobijo, novi se dodajo, nič se ne izbriše. Ob kakršni "
            + "koli napaki se nič ne zapiše, vsaka napaka se izpiše kot DATOTEKA:VRSTICA:STOLPEC: resnost: "
            + "sporočilo [koda] s popravkom v naslednji vrstici, izhodna koda pa je 1. Stolpci so opisani v "
            + "Documentation/DataFormats.md.",
        "export":
            "JSON je dokument, ki ga bere ukaz 'import'; brez --out gre na standardni izhod. CSV zapiše po eno "
            + "datoteko za vsako tabelo (organisations.csv, persons.csv …) v mapo, podano z --out. Uvoz izvoza "
            + "v novo shrambo da enake podatke. Izvoz vsebuje osebne podatke: varujte ga enako skrbno kot "
            + "shrambo. Njegove datoteke lahko bere le lastnik (0600, nove mape 0700), ne glede na umask. Pot "
            + "znotraj shrambe ali obstoječa datoteka brez --force se zavrne z izhodno kodo 2. Z --pseudonymised "
            + "namesto tega zapiše paket partnerja za vodilnega partnerja (package.json in records.jsonl v mapi "
            + "--out): vsaka oseba je ključem iz --key-file zgoščena vrednost, brez imen, e-pošte, telefonov in "
            + "EMŠO; glejte Documentation/Partners-Consolidation.md.",
        "consolidate":
            "Vsak paket se preveri in zapiše kot en sklop sprememb, v celoti ali nič. Najprej se preveri "
            + "kontrolna vrednost ključa vseh paketov, zato napačen ključ ne zapiše ničesar. Osebe z isto "
            + "zgoščeno vrednostjo so ena oseba; različni statistični podatki so opozorila, obvelja prvi vnos. "
            + "Šifre dejavnosti, organizacij in udeležb dobijo predpono partnerja (citilab:a1), organizacije "
            + "se ujemajo po matični ali davčni številki. Ponovna združitev istega paketa ne spremeni ničesar; "
            + "novejši paket partnerja nadomesti starejšega. Izhodne kode: 0 uspeh (tudi z opozorili), 1 "
            + "zavrnjen paket, 2 napaka v ukazni vrstici, 3 napaka shrambe.",
        "validate":
            "Izpiše vsako ugotovitev kot ZAPIS POLJE: resnost: sporočilo [pravilo], pod njo pa, kako jo "
            + "popraviti. Če so le opozorila in obvestila, je izhodna koda 0.",
        "report":
            "Vsak učinek (OUT-01 … OUT-13) ob svoji ciljni vrednosti, z napredkom, ki ga do dneva --as-of "
            + "pričakuje enakomerna pot do roka, in s stanjem, ter skupni kazalniki udeležencev ESS. Osebni "
            + "podatki se v poročilu nikoli ne pojavijo; --suppress-below za objavo skrije majhna števila. "
            + "--out zapiše datoteko (zamenja jo le z --force; nikoli znotraj shrambe), ki upošteva umask, saj "
            + "poročilo vsebuje le zbirne podatke.",
        "claim":
            "Vzame partnerjeve stroške, plačane v obdobju, ki jih še noben zahtevek ne uveljavlja, doda "
            + "pavšalne zneske, izračunane iz njih, in zahtevek razdeli na delež EU in nacionalni delež (delež EU "
            + "zaokrožen na cent, nacionalni delež ostanek). Brez --write osnutek le prikaže, potem ko ga preveri "
            + "tako, kot bi ga pisanje; z --write shrani zahtevek (stanje osnutek) in njegove stroške kot en "
            + "sklop sprememb, vse ali nič.",
        "history":
            "ID je 'vrsta/šifra' (npr. person/p001 ali activity/a001) ali sama šifra, ki se poišče med vsemi "
            + "vrstami. Zgodovina osebe vključuje njene osebne podatke; izbrisani osebni podatki so prikazani "
            + "kot [redacted].",
        "erase-person":
            "Statistični zapis osebe ostane, zato se kazalniki ne spremenijo. Izbris je sam sklop sprememb z "
            + "vašim imenom in razlogom; shramba se nato strne, da podatki izginejo iz njenih datotek.",
        "plugins":
            "Dejavnosti vrste, ki je ne pozna noben vtičnik, ostanejo nespremenjene in jih javi ukaz "
            + "'validate'.",
        "store":
            "verify preveri vse, kar preveri odpiranje shrambe, nato prebere vsako vrstico dnevnika in "
            + "zgodovine (kontrolne vsote, revizije brez vrzeli v zgodovini, posnetku in dnevniku, kar glavni "
            + "zapis navaja kot potrjeno) ter prstni odtis posnetka, ne da bi kar koli spremenil ali prevzel "
            + "zaklep, in navede vsako poškodovano mesto; konča se z 0, če je shramba brezhibna, z 1, če ima "
            + "opombe (npr. pretrgano zadnjo vrstico, ki jo bo naslednje pisanje opustilo), in s 3, če je "
            + "poškodovana. compact zapiše nov posnetek trenutnih podatkov in začne prazen dnevnik.",
        "templates":
            "V mapo, podano z --out, zapiše organisations.csv, persons.csv … milestones.csv, kot jih odpre "
            + "Excel (UTF-8 z oznako vrstnega reda bajtov, ';', CRLF), vsako z glavo in eno vzorčno vrstico, "
            + "ki se brez napak uvozi v novo shrambo, ter šifrant (README.txt ali z --lang sl šifrant.txt) s "
            + "pomenom in dovoljenimi vrednostmi vsakega stolpca in vsemi občinami. Z --lang sl so glave in "
            + "vzorčne vrednosti v slovenščini; imena datotek ostanejo enaka, saj uvoz datoteko prepozna po "
            + "imenu. Obstoječe datoteke se zamenjajo le z --force; mapa znotraj shrambe se zavrne z izhodno "
            + "kodo 2. Nobena shramba se ne bere.",
        "version":
            "'sociolab --version' in 'sociolab -V' izpišeta isto. Vse gre na standardni izhod; izhodna koda "
            + "je 0.",
        "log":
            "Pri vsakem sklopu sprememb so revizija, čas (UTC), avtor, partner, v imenu katerega je bil "
            + "narejen (če je zapisan), razlog in koliko zapisov vsake vrste je dodal, posodobil ali izbrisal "
            + "oziroma jim izbrisal osebne podatke. Dnevnik in zgodovino bere vrstico za vrstico, ne da bi "
            + "naložil shrambo ali prevzel zaklep. 'sociolab history ID' prikaže spremembe enega zapisa z "
            + "vrednostmi. --format json izpiše seznam objektov s ključi revision, timestamp, author, "
            + "acting_partner (null, če ga ni), reason in changes (vrsta → inserts, updates, deletions, "
            + "erasures).",
        "status": statusDiscussion,
        "info": "Glejte 'sociolab status --help'.",
    ]

    /// The discussion of `status`.
    static let statusDiscussion =
        "Shrambo odpre samo za branje (deluje tudi ob procesu, ki vanjo piše) in prikaže njeno pot, različico "
        + "zapisa njenega posnetka, revizijo, število zapisov vsake vrste, velikost datotek, zadnji sklop sprememb, ali "
        + "jo bo naslednje pisanje strnilo, in proces, ki drži zaklep za pisanje, če ga kateri drži. "
        + "'sociolab info' je isto. --format json izpiše en objekt s ključi path, absolute_path, "
        + "format_version, revision, records, total_records, size_bytes, files, last_change_set (kot ga "
        + "zapiše 'log --format json', ali null), compaction_due in lock_holder_pid (null, če ga ni)."

    /// The help of each command's own options, flags and positional arguments, by command name and then
    /// by the option's, flag's or argument's name.
    static let commandOptions: [String: [String: String]] = [
        "init": ["operation": "Operacija, ki jo shramba evidentira."],
        "demo": [
            "seed": "Seme ustvarjenih podatkov.",
            "scale": "demo (približno velikost prave operacije) ali large:N (N oseb, za meritve hitrosti).",
            "as-of": "Dan poročila (privzeto: 2020-12-31).",
            "force": "Izbriše predstavitveno shrambo in jo zgradi znova.",
        ],
        "import": [
            "entity": "Tabela vseh podanih datotek CSV, namesto tiste iz imena datoteke.",
            "encoding": "Kodiranje datotek CSV (če ni podano, se zazna samodejno).",
            "author": "Kdo naredi spremembo (privzeto: $USER).",
            "reason": "Razlog, ki se shrani v zgodovino (privzeto: imena datotek).",
            "dry-run": "Prebere in preveri vse, a ničesar ne zapiše.",
            "files": "Datoteke CSV ali en dokument JSON (.json).",
        ],
        "export": [
            "format": "Oblika zapisa.",
            "out": "Datoteka (json; '-' za standardni izhod, privzeto) ali mapa (csv), kamor se piše.",
            "excel": "Zapiše CSV, kot ga pričakuje Excel: oznaka vrstnega reda bajtov UTF-8, ';', CRLF.",
            "force": "Zamenja obstoječo izhodno datoteko (ali datoteke izvoza v mapi).",
            "key-file": "Ključ operacije (šestnajstiško), za --pseudonymised.",
            "partner": "Partner, čigar paket je, za --pseudonymised.",
            "pseudonymised": "Zapiše psevdonimiziran paket, ki ga vodilni partner združi s 'consolidate'.",
        ],
        "consolidate": [
            "key-file": "Ključ operacije (šestnajstiško), ki ga je vodilni partner razdelil partnerjem.",
            "into": "Shramba vodilnega partnerja, v katero se paketi združijo.",
            "author": "Kdo združuje (privzeto: $USER).",
            "packages": "Mape paketov, ki jih je zapisal 'export --pseudonymised'.",
        ],
        "validate": ["format": "Oblika izpisa."],
        "report": reportOptions,
        "claim": [
            "partner": "Partner, ki uveljavlja stroške, npr. prizma (obvezno).",
            "period":
                "Obdobje plačila stroškov: 2019, 2019-Q3, 2019-07 ali 2019-01-01..2019-06-30 (obvezno).",
            "id": "Šifra novega zahtevka (privzeto: claim-PARTNER-OBDOBJE).",
            "author": "Kdo naredi spremembo (privzeto: $USER).",
            "reason": "Razlog, ki se shrani v zgodovino (privzeto: šifra zahtevka).",
            "format": "Oblika izpisa.",
            "write": "Shrani osnutek zahtevka; brez te zastavice se nič ne zapiše.",
        ],
        "history": [
            "id": "Zapis, kot vrsta/šifra ali sama šifra. Za vse sklope sprememb uporabite 'sociolab log'."
        ],
        "erase-person": [
            "reason": "Zakaj se osebni podatki brišejo (obvezno).",
            "author": "Kdo jih briše (privzeto: $USER).",
            "id": "Šifra osebe (ali person/ŠIFRA).",
        ],
        "store": ["action": "verify ali compact."],
        "templates": [
            "out": "Mapa, v katero se zapišejo datoteke (obvezno).",
            "force": "Zamenja istoimenske datoteke v mapi.",
        ],
        "log": [
            "limit": "Izpiše največ toliko sklopov sprememb.",
            "since": "Le sklopi sprememb, narejeni na ta dan (UTC) ali pozneje: 2021-01-15 ali 15.1.2021.",
            "author": "Le sklopi sprememb tega avtorja.",
            "format": "Oblika izpisa.",
        ],
        "status": ["format": "Oblika izpisa."],
        "info": ["format": "Oblika izpisa."],
    ]

    /// The help of the report options (`report`, and any command that shares them).
    static let reportOptions: [String: String] = [
        "format": "Oblika izpisa.",
        "period":
            "Obdobje poročanja: 2019, 2019-Q3, 2019-07 ali 2019-01-01..2019-06-30 (privzeto: vsa operacija).",
        "partner": "Šteje le dejavnosti tega partnerja, npr. prizma.",
        "info-point": "Šteje le dejavnosti te info točke.",
        "by": "Razčleni vrednosti po izbrani razsežnosti.",
        "suppress-below": "Za objavo prikrije števila od 1 do k-1 (k vsaj 3).",
        "as-of": "Dan, na katerega se presojata napredek in stanje (privzeto: danes).",
        "out": "Zapiše poročilo v datoteko namesto na standardni izhod ('-' za standardni izhod).",
        "excel": "Z --format csv: oznaka vrstnega reda bajtov UTF-8 in ';', kot pričakuje Excel.",
        "force": "Zamenja datoteko, podano z --out, če že obstaja.",
        "section": "Prikaže le ta del poročila (privzeto: vse).",
    ]
}
