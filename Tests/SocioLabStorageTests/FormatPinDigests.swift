/// The pinned SHA-256 digests of the format pins, keyed by what the bytes are, taken from the code as it was
/// at the start of issue 13 (identical under other time zones and locales).
///
/// Never edit one to make a test pass: a changed digest means a changed format (see
/// ``FormatPin/message(_:actual:expected:)``).
enum PinnedDigests {
    static let all: [String: String] = [
        // Issue 16 (finance) renewed these pins: the SocioLab Podravje preset gained its finance settings (cost
        // categories and flat rates), which the operation's JSON carries, so every fingerprint, store file, JSON
        // document and report (they print the fingerprint) of a preset dataset changed; the demo gained its
        // finance records (budget, costs, claims), so its JSON document and reports changed and its four finance
        // CSV files are new pins. The ten existing CSV tables of every sample are unchanged.
        // Issue 16: the large sample gained its finance (the demo's budget and claims, a staff cost per held
        // activity), so its fingerprint and JSON document changed and its four finance CSV files are new pins.
        "csv large-1000/budget_lines.csv (default)":
            "c046a48fcbc9737467d679978df76f314c8207ff52b09c1606cd3bb70a891aab",
        "csv large-1000/budget_lines.csv (excel)":
            "9897a640757975b7b687c01da28c67f3246cd0e8f6ca8de58cebd3ae39d0ef4e",
        "csv large-1000/cost_items.csv (default)":
            "0f157dd96bcfbd16bc2725ec8f54922066c2ffd235e02e37b79fb5976223670a",
        "csv large-1000/cost_items.csv (excel)":
            "611c71fc48c18a1604948670479559b175ca9ddcad358da8dbe71e7f40fe8565",
        "csv large-1000/payment_claim_items.csv (default)":
            "82dacc447785e2bd2118d976fe613e400af0b4b2c6808aa02038e178a6987bde",
        "csv large-1000/payment_claim_items.csv (excel)":
            "8cdbe63d1426c97ccf111681773fa307d94832fdadc77dd74ff41dceac93fdab",
        "csv large-1000/payment_claims.csv (default)":
            "1130014debbad128dacf1ec71bdc816c1e17a5e6fe760431b9266636ee709a9a",
        "csv large-1000/payment_claims.csv (excel)":
            "3b7f29ec72a4ae7395954bbe84ae48935128b00eb4649133616072463e0caeec",
        "csv demo/budget_lines.csv (default)":
            "c046a48fcbc9737467d679978df76f314c8207ff52b09c1606cd3bb70a891aab",
        "csv demo/budget_lines.csv (excel)":
            "9897a640757975b7b687c01da28c67f3246cd0e8f6ca8de58cebd3ae39d0ef4e",
        "csv demo/cost_items.csv (default)":
            "00d9edbf20082890d3b0b53b2069fa060288833c2ebc4b1323b226f7899206d3",
        "csv demo/cost_items.csv (excel)": "e4b48db67ceb42e4e0ba893d2aa8c8df9041b0d5d462e3e082861918864cf7be",
        "csv demo/payment_claim_items.csv (default)":
            "85294c623046d10e61d98c4f77340fe882a9a918102e693a679b726546ed29e2",
        "csv demo/payment_claim_items.csv (excel)":
            "4e9949379e16cbe1595751f63cdb09ddbcb9e558c7608efe1a7116f81c8fa4b8",
        "csv demo/payment_claims.csv (default)":
            "287fce35672550b02e72012ca5b4288bc111d9912bc2f321109afba95c272d67",
        "csv demo/payment_claims.csv (excel)":
            "1f2212b00896a92de21093419cd940765730fe021b1d9361d4240c0a21537cd3",
        // Issue 15: every `html-sl` / `html-en` digest changed for the HTML report's new layout (a cover block
        // and summary page, charts with axes and legends, measures with units, breakdowns as tables, print
        // on A4 with 10 mm margins). Only the HTML renderer changed: no other digest and no figure changed.
        // The ten CSV files of the exchange contract (`CSVExport.files(for:writer:)`), default and Excel writer.
        "csv demo/activities.csv (default)":
            "f378ce8e634b9d933669baaaf3b01302768164ad79a2ec904d4cba2c94408d35",
        "csv demo/activities.csv (excel)": "1974e3a1769874cb7d1e7301c5f5548072251311f7856407dd1858f15babdb6e",
        "csv demo/development_plans.csv (default)":
            "5e6c9c5208943d1462feef7299e583ea468688c78e68206d0eeaa26f148d17a5",
        "csv demo/development_plans.csv (excel)":
            "895a96b14405508237a57cacd75f77a19da7396645621fcdbc38e815d78ab340",
        "csv demo/info_points.csv (default)":
            "88f66097bb111ab72b45db3a2c9586aa9cbc67b9fdb90fb89be782afed9b8cb3",
        "csv demo/info_points.csv (excel)":
            "0f28ad7a822cffeef42b6fd3669eac81023338bfe24b4992bc9dff473808d4c5",
        "csv demo/jobs.csv (default)": "17d1d385dc45e88867fa7750456414d01177aa4fa6139ff3c337fed5aa58b36a",
        "csv demo/jobs.csv (excel)": "9f00a1adb8790292f91c464fe6dfd49e86462b3e187d0b1269ba74852a13aae1",
        "csv demo/milestones.csv (default)":
            "62db0ecf22258096684767317b375caccf8c31bb7578b03d2ebe988ff63664ba",
        "csv demo/milestones.csv (excel)": "5ca65bd09785278e99f70602ebb35a5de319417f33b473dec151ed81c774dfba",
        "csv demo/organisations.csv (default)":
            "5990bb27b7c363a50d53b347a55fa1a8db95e95e6a6faa176bbd9a82fed487ec",
        "csv demo/organisations.csv (excel)":
            "1a3250590319c07e508de0aeb76b8d890e14ad03006a19a4f3dcf20eb4f671a2",
        "csv demo/participations.csv (default)":
            "1e1ab506122871f073daa5136e7a1ef38bb9a17a7cacc3f784a4c6065f2b3404",
        "csv demo/participations.csv (excel)":
            "b38444c1a793d6b76cf668aaaec9d50bed3100ee2dfba6461e3f0d5d299d9df6",
        // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
        "csv demo/persons.csv (default)": "1a248aab5527d4d9d0c43e1dfca3cef50aef0edf459a91a1c484cb2db7dce717",
        // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
        "csv demo/persons.csv (excel)": "8a6e96d4a82749b68109059e184469dcd096c7d92e90a1302180ec2a118e20a7",
        "csv demo/products.csv (default)": "c03d761afd4a4cca94ecc67b6f869e7eabc4ad427c8b451458eef2ddd3eba561",
        "csv demo/products.csv (excel)": "bf6d7094dbf559701b865930d5683dd604e2c82eb92994455f7d8ad6f1ee4e31",
        "csv demo/support_programmes.csv (default)":
            "2b2ea1bf8d50db054e51aae53752e8f453e83514f4cff5a8d050211712b9a8e6",
        "csv demo/support_programmes.csv (excel)":
            "a0af2299f2c800479ae229e22a97b160449ef7d00b389232ccb155f5c78fdfaa",
        "csv every-kind/activities.csv (default)":
            "2a733004097667921756dac353bf83285de3f21b90d25564c534720235dc9ea5",
        "csv every-kind/activities.csv (excel)":
            "6b076183c24c63659269de286a933a69a40b70513bd5b0318c58b3141d6aa2b4",
        "csv every-kind/development_plans.csv (default)":
            "57bea1d08e1046f9ad47cfd69002eeaa517fea2085a4c2b5d30a210c11793d15",
        "csv every-kind/development_plans.csv (excel)":
            "20e0201ee28f2181f5d58900e3ad22057ce0f666580b524c1e168351a2d20ead",
        "csv every-kind/info_points.csv (default)":
            "3bfb53d4ad086aae5227ec2c5c2ad32749d95d78c7de27874d5d876fc8bd07ba",
        "csv every-kind/info_points.csv (excel)":
            "d639235fcdf158da957f9a21e365481c6125ca8b156887924b6f2ca3cbbef4a5",
        "csv every-kind/jobs.csv (default)":
            "e0fedcdd729399c03131c692e3f637acff915b48c0c5503a07cb4aca8325370c",
        "csv every-kind/jobs.csv (excel)": "dc253c4bc721dd6384aba4c8d96758922dc583534fd731e64d4cb6d734769cbd",
        "csv every-kind/milestones.csv (default)":
            "3d7697e65044aaa7c45de47db25a7029fb09cce269f7a3aa38d6bdbbc0d605ad",
        "csv every-kind/milestones.csv (excel)":
            "ea977f59a5433915d771bb20db8edc5d14efbe299e7578e8ab2da8490c555535",
        "csv every-kind/organisations.csv (default)":
            "8234a10d530b4933388dd343e617b84ca6c8c2cd21648b25c90213a881b9812f",
        "csv every-kind/organisations.csv (excel)":
            "646f358dbc0d446291d6171ab5803c39c2f4a3def28f889e81b6749d0ad6b96b",
        "csv every-kind/participations.csv (default)":
            "bca8c2c6e3199db550d590bb3e52a29398c1aeb2d12db11c8765bbcdc60ba02e",
        "csv every-kind/participations.csv (excel)":
            "19912528fd987b8a77e8b5e6eff0c787dbb303082c4e821c6aa16e03c9762c6b",
        "csv every-kind/persons.csv (default)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "3dd7992d452ae90d4aa53344ecb73bcdbc03456457a22a51e077c68ac4ad5e57",
        "csv every-kind/persons.csv (excel)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "9e0299e70bc58ec44443b3212fac47344e4e750df16e8062231aa169670df6dd",
        "csv every-kind/products.csv (default)":
            "258e6591d64eccf2398c9e21bac6128cd2ce793d12ca515b5a369577805d74eb",
        "csv every-kind/products.csv (excel)":
            "136f98e4d505e0805ca53c7c252aa58b06c3c7b2922a247d6356eaddda3e965e",
        "csv every-kind/support_programmes.csv (default)":
            "b2c59e97beaa8ad5cf75092d9247359d0f1162c6fcd34d8b3ecb11ec2531610f",
        "csv every-kind/support_programmes.csv (excel)":
            "f525161307a2bee2d9d5585eb4268b0e161ce5d3cb7c27d7718fb4f82ac6930b",
        "csv large-1000/activities.csv (default)":
            "0adae69e896954a62973b2d519efb4059e1968aa39896503354d114ad7d9b59e",
        "csv large-1000/activities.csv (excel)":
            "f741f05344f62e8cafea9577a11804da0ed0e510c3874a786607edacca92a582",
        "csv large-1000/development_plans.csv (default)":
            "5956216164dead14762a64320bb51f316f9a986c72219ff40b0893d6ea50c7ab",
        "csv large-1000/development_plans.csv (excel)":
            "6c9b6b7fc43f64b26420be8f33401650aa5c2eb4f8143b93dd11e907b57143bc",
        "csv large-1000/info_points.csv (default)":
            "88f66097bb111ab72b45db3a2c9586aa9cbc67b9fdb90fb89be782afed9b8cb3",
        "csv large-1000/info_points.csv (excel)":
            "0f28ad7a822cffeef42b6fd3669eac81023338bfe24b4992bc9dff473808d4c5",
        "csv large-1000/jobs.csv (default)":
            "884124eca8ab022b49d7f2efc4df7747704f75442d8fc1de27fc2c8e7fd428a4",
        "csv large-1000/jobs.csv (excel)": "bb04e530381c91a84b22fa01dec547f0b702d7005d0c2e0aa62de9799eef59ff",
        "csv large-1000/milestones.csv (default)":
            "68f1b78b1d9706822730ec6af2aa41755a13666c69e1a8fc75fbb4e0a886afc6",
        "csv large-1000/milestones.csv (excel)":
            "19cbc0c1a8a413eb09af908fbf9f1b68e7abb5ffd62f39a4dd1c9546525d3dff",
        "csv large-1000/organisations.csv (default)":
            "af181e7a287d2d415bf2e7f7e4f9e4c21112277296b0ccd356b09c3f7e185be0",
        "csv large-1000/organisations.csv (excel)":
            "d2532904e4fe6b27c89f3cd1d454cf031a15b488a527a2f6493203b483017f2c",
        "csv large-1000/participations.csv (default)":
            "07c3a5004617f21c8daf321cffc7fc63808aa01ab767591e39b48c7bc26b5a18",
        "csv large-1000/participations.csv (excel)":
            "dacb1eb6c2e35822c4134a1ab0febd5678f8dea07279ddf462f132a95ba7d97d",
        "csv large-1000/persons.csv (default)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "83eb4a7a5ddb37b843fea688763ae933918659e856f66162af2118112d27bd99",
        "csv large-1000/persons.csv (excel)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "6846158971bee558db9ae7b86f90de3fb5d46f65ce4a5be2a5b173a628103e1c",
        "csv large-1000/products.csv (default)":
            "627dd931f55a63a7dce2ea03f46ec711ec4841efaef114e3f73b1d3ac272dd6e",
        "csv large-1000/products.csv (excel)":
            "5d06226eda8053b490f4c36abfad30de3917408c9f808712f2c9854480834c17",
        "csv large-1000/support_programmes.csv (default)":
            "b3f42dd08c8fe9cee9133403c53b8458be7aeb6c478bb459db0e19d58ffcf4bb",
        "csv large-1000/support_programmes.csv (excel)":
            "e3d2cfcb016523729f6106e3a4cc728cab446a73d8200ea1479660171ee80d9f",
        "csv pin-sample/activities.csv (default)":
            "12b3e251138938b266cba95bc322e5dff28de160702ce3152e47ebde96d4d0ee",
        "csv pin-sample/activities.csv (excel)":
            "1b15013ba378421a70804d9bbb82354dd854277fa41e44368322fbf40af812a4",
        "csv pin-sample/development_plans.csv (default)":
            "bb33fdd01b66907c6a5817c3c92d2cdcc561436e7581a1f4a97789561176a154",
        "csv pin-sample/development_plans.csv (excel)":
            "620181c9d42b6bb593aefdda840afab4b059d3ad456003a91e335f77ad9a37a8",
        "csv pin-sample/info_points.csv (default)":
            "73910b311b8ae80e9a49e82ecdbc9a6564b21cfcc830f584b18131e754a509ce",
        "csv pin-sample/info_points.csv (excel)":
            "33bb283cc4865b5655d53de522f3e8d0f13aae6605ea8dead99afe15c4968726",
        "csv pin-sample/jobs.csv (default)":
            "c95c43305d222e3d05b6b60eec0bbf4886bed53798591375dea41f04784e7cfc",
        "csv pin-sample/jobs.csv (excel)": "fb6a46a896d848596267a5679e95773b96ca6de2a71bf9c7b93f4e68deb814f2",
        "csv pin-sample/milestones.csv (default)":
            "f35251522b1c4be8f00f0fcf0ac440949747ef93c4ce0baf68afb9f74201a5d8",
        "csv pin-sample/milestones.csv (excel)":
            "c21fe7a4d827dcc238fde6c8d61848afe4bcea2c79ae891441703eccdaac1d11",
        "csv pin-sample/organisations.csv (default)":
            "750ac9818ebb227ac224493da25a025bbb5042039bdcf65d5da00e940e949d2f",
        "csv pin-sample/organisations.csv (excel)":
            "72ed756c03359ecc1454b9c3f2a2625372f5781c2d508b98ecd35b0662045ce4",
        "csv pin-sample/participations.csv (default)":
            "531b27c3b37794efd70e5262bd09ff86606114a57d99a5f06aec7e702e7e453b",
        "csv pin-sample/participations.csv (excel)":
            "028d4196d4a57ceb5df8c864fdff2b3e184dad805578bf5000d1a4279ceebb0c",
        "csv pin-sample/persons.csv (default)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "62552956cd42f966e87b8d12ee31812b331c876ffaf24ba00e4f313d6b3399eb",
        "csv pin-sample/persons.csv (excel)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "055acde452aad237531a80a82adaaa20e86e110de3e40715b9b71431007a2439",
        "csv pin-sample/products.csv (default)":
            "2a5d9dd45099f454df5b62c4362976e6f77ccb298c00353de35bf38e1296460c",
        "csv pin-sample/products.csv (excel)":
            "2f51328e1df31e1c52efcdb7882d0218155a2d7d3c03a1508d22f32693de73c8",
        "csv pin-sample/support_programmes.csv (default)":
            "e6f1df2d9bca60f77e1f536b705d0dff0615f3263ac3c3d4c8769ab3f0a1153b",
        "csv pin-sample/support_programmes.csv (excel)":
            "08f6fb20de9954c0383e1d688ca97deb7ab86f0b7c8e3e3b9186931f88725a18",
        // The JSON dataset document (`DatasetDocument.encode`).
        "json demo/dataset.json": "7a7200e0dc9b6ef8c521f4bc30643265f28d62bb2ab47e79f6ee11ffbeb6e69c",
        "json every-kind/dataset.json": "bd3359081382270f54d1f5fee0446ce781d5077177ee1343f50754bbb6a6ffab",
        "json large-1000/dataset.json": "08073430797fd547ddbc2bc042477034f3cf4bdefcc11b131ece62c61733fe28",
        "json pin-sample/dataset.json": "596f06fac354d645dc2d01182d037dfcbf0f7e5bbd6ab1d36222537f6dd76fcb",
        // The dataset fingerprint (`DatasetFingerprint`, version 2 of the canonical form): beside `FingerprintStabilityTests`'s.
        "fingerprint demo": "f70ce86fba635bcc79c017920e3b1a2d950f63b10501f34d8413b66fe33899d7",
        "fingerprint every-kind": "8db9e6e195666d499d60f136d7b6621d8f0b07d3c203ee4f379e6410162a2b00",
        "fingerprint large-1000": "26bd1219efe0ef9498f026b8761b180cea012980d89e1f8dd1a267845cd8a5ef",
        "fingerprint pin-sample": "d030f1e5e11e33f90e6831826f6e25a85fc862eb4d40d31154373838efd47fc2",
        "fingerprint store fixture v2": "492ff5e40722f3dcd322df9d94ded3ed170004a8215916849878fb0e07aff993",
        // `ReportBuilder(plugins: .standard)` at the demo's report day, each renderer.
        // Issue 15 (a deliberate report format change, every renderer): breakdowns asked for are shown as
        // tables, measures with their units, forecasts whole and only where they mean something, partner
        // scopes by sub-target or share, unverified codes in a technical appendix, secondary suppression
        // of the part the cells leave out of a total and of small incompleteRecords, new JSON keys
        // (requestedBreakdowns, measureUnit, shortfall, operationToDate, share, operation.partners) and
        // four new CSV columns (unit, shortfall, share, verification). The report pins were renewed.
        // Issue 14: the report JSON carries each indicator's counting rule, and those of OUT-04 (mentee
        // organisations; organisations with one registration or tax number count as one), OUT-06 (a job
        // recorded twice counts once), CO23/EECO19 and training.completion (an attendance entered twice
        // counts once) were reworded. The JSON digests changed for that text alone: no pinned figure
        // changed (the demo and the pin sample hold no such duplicates and no mentee without a
        // participation counted earlier).
        "report demo-2019-by-gender-partner-k5/csv-en-excel":
            "0ccbcd2968b89a90d0ecbc13046c2d3d84b1a3699765b4847219afd948d32947",
        "report demo-2019-by-gender-partner-k5/csv-sl":
            "4c248add61ce065bf700b4af2e41ac06a8322f2682ff87da80fa424e80f6ddfe",
        "report demo-2019-by-gender-partner-k5/html-en":
            "b362e6bedb55c0adaf9508735299fa660b49e3ec61cd7a9347ae127dda76253c",
        "report demo-2019-by-gender-partner-k5/html-sl":
            "dfcede6222f75e25f7c3b7a2041f73454fad31a74b6642f6a4cd7af4cfe220ec",
        "report demo-2019-by-gender-partner-k5/json":
            "2bc08c2795d32c3dced20e96ceefb701a794cba28a65d62c417c20b3d825006b",
        "report demo-2019-by-gender-partner-k5/json-compact":
            "0995de87a37e42969ef9e0232bbf2bec3e9b5db9f49a0acf8d9d34c895e2fd21",
        "report demo-2019-by-gender-partner-k5/markdown-en-brief":
            "fc3ae5729c3243b74f66dc0be29c2a83b8d401258bb6d50d7142252215200251",
        "report demo-2019-by-gender-partner-k5/markdown-sl":
            "fcd2971ccd981d2c74fd3a6041da8e23fbf7668836475df2061efdd9ce42f71b",
        "report demo-2019-by-gender-partner-k5/text-en":
            "295945cc719378167150eac29ec240ffe574dd9a6b24f2cbf2f6d9570e362267",
        "report demo-2019-by-gender-partner-k5/text-sl":
            "64870c78fff0fefe25ea68e088cedfb54434cadd15df9d44a558c510d65d2227",
        "report demo-2019Q3-prizma-by-person/csv-en-excel":
            "67d43932589766be101840db3560fd237f512669faf6fa5fae43ac339f38b605",
        "report demo-2019Q3-prizma-by-person/csv-sl":
            "c3b2e0dab8ac83cff58b868215cf65b889f97f4f347752be4eebae18fb92a767",
        "report demo-2019Q3-prizma-by-person/html-en":
            "7370f839795c188d7c44d089b36a415d5e72d91347e952e86a2c9a60e7262454",
        "report demo-2019Q3-prizma-by-person/html-sl":
            "3602f99501a545098684c0796a02a33dd796b07575758f020d2c0fc90ecb5af9",
        "report demo-2019Q3-prizma-by-person/json":
            "4bd4a5e067cbf04613f08ba93713bdd981bd1d1ebcad159f20a8d06984dc6ace",
        "report demo-2019Q3-prizma-by-person/json-compact":
            "48392c995928149126b6f8ad1312752e0286c7aade04c61f318b9996a2841a79",
        "report demo-2019Q3-prizma-by-person/markdown-en-brief":
            "75e74beeccab232f2327ac5983bddb2830da01f1d098534e9300a0e384528682",
        "report demo-2019Q3-prizma-by-person/markdown-sl":
            "316984e4a919b6a5ef26d12fcdfe0f125b8bc5110c5892c31b010ffe4f67c440",
        "report demo-2019Q3-prizma-by-person/text-en":
            "3095473f2c6f9a4088af532de74b4fb8f169feebf70996881056491c977dbea0",
        "report demo-2019Q3-prizma-by-person/text-sl":
            "3f98fe804856cafc33167c54f1622fdc22ece6305e1a6aa9212b66c6cef82baf",
        "report demo-range-by-place/csv-en-excel":
            "0258fd46a775251135f2444cbb3286c55bb2d32fc472a5b870f1f5485449949a",
        "report demo-range-by-place/csv-sl":
            "c47411dad82a5cebc9d11b82a53dcd2c60d9e34fe3395802223969b37492d27f",
        "report demo-range-by-place/html-en":
            "6e920ca5e8f58fc542f24e75015455a083c36eff1ae8d4bba46e7f213d140691",
        "report demo-range-by-place/html-sl":
            "1ba010ccc63194760b773186cae76910e58feb742af1549a15bc4293a432b1f1",
        "report demo-range-by-place/json": "b84e8a90edf53b2eae378266425f289ccb05662b6b8722f63c26bfa39905afec",
        "report demo-range-by-place/json-compact":
            "14c44ba06d0d5acf3908d2254ca61e6f1a1468013c8ea07119fe7df4f9a4b951",
        "report demo-range-by-place/markdown-en-brief":
            "25b308ee307201f888a90acfc68269a2f6eb38979fd4793cf05b4b70122abc3f",
        "report demo-range-by-place/markdown-sl":
            "a9effb45ccc5f9960e750a2c2147dba2667f27facbfa84fb8c95ba1a3736d323",
        "report demo-range-by-place/text-en":
            "8596703e9b19197539a53b4639f9a941c69efec769e0876387ceb07cdb345526",
        "report demo-range-by-place/text-sl":
            "9735fe0ea218c2fc0cdb621e4c187c497dd7fea37e97de45f3a8785e4c32ff2d",
        "report demo/csv-en-excel": "7943352b752e3a3ea467fd61dd17e0823e6b7b9db34d5b626a8378ef97ddd240",
        "report demo/csv-sl": "c43520bdf2336d850848118291948ca8eae050f6870ab7281d083a94ccf8b824",
        "report demo/html-en": "62cc1e96a31955ff47baec650a7a1f4e103ecb9348f9315fe6e24bc0eb197dcd",
        "report demo/html-sl": "4f9ae60e202ce625cea5b640e0bb756b230417db10ed382dda5342761bd46d4d",
        "report demo/json": "ba4b75f4e0fc1b8f69c95fbcbd66da9809166de5ca92991af7f5c8c7c03ef712",
        "report demo/json-compact": "a68b45e5d661b290cff32a1963358f6058974cc33316228b07c06a28767559c9",
        "report demo/markdown-en-brief": "9b1346a91c7d63536dd510492073a027a469eba605d3fe96b09ba53b75cef4b0",
        "report demo/markdown-sl": "011f0ab54d929c5a4d115236e6d2b6beaba32cb281fa980830c61b6ddd3d2408",
        "report demo/text-en": "d1679af3810e58d3573de5130aae1e784978f625093d43d861d18825270a47cc",
        "report demo/text-sl": "fb3821b9fd0fa00e5095318707dcedbdf3a014d9e7d299fedc50f6235bd29ed6",
        "report pin-sample-2020-k3/csv-en-excel":
            "38f20b5a3480f2c682e074c6846c71ce13ba2e3dfbc6520df3b9fcb4f23169dd",
        "report pin-sample-2020-k3/csv-sl":
            "487aab6742b813eb2eb6e0fce235ba4f6ba1eed40b99d86f24d127ccc3d63437",
        "report pin-sample-2020-k3/html-en":
            "4fd67ba660a937d1362128794d84144aa4a3bec5d8de47d4968a59abdbb50131",
        "report pin-sample-2020-k3/html-sl":
            "61fa9d101613aeadd79a09d2f48c61f1df1e9dd20c81c85e5f479b7c3e090349",
        "report pin-sample-2020-k3/json": "7e3ccb66c85299111b186cec2da7004a032fe6ce8066077dc3b2b538741d17cb",
        "report pin-sample-2020-k3/json-compact":
            "df279e220deb046a7940109f53d21a8cfbdc8266f1292c4583f73cd16aa8e1d1",
        "report pin-sample-2020-k3/markdown-en-brief":
            "737f94f6d21a7f8a968fe5a67d5ec105aba2d257f4965769a36859dff13fb4bf",
        "report pin-sample-2020-k3/markdown-sl":
            "e84745255e947e797d93d5f3777f9b622aeb06ba7cd68d9848960ccc479cc180",
        "report pin-sample-2020-k3/text-en":
            "935c240111280f3a3900096036abe1809241eb0378298524dacac605ace7013f",
        "report pin-sample-2020-k3/text-sl":
            "cd5f5d49ea710d8a1f063b2846886864fe45471220e27ae92b0d04f1a0ce1d6e",
        "report pin-sample/csv-en-excel": "b3c899076a057c898b0283139837192d65446729c8723d271f4d1bd434f68ef7",
        "report pin-sample/csv-sl": "b0f47cfc8c6f87699e455c757fa9f2dbf4c5d3f9df9c9901a9557646d88a66e9",
        "report pin-sample/html-en": "aa61e274520cb3dd6ac56dcf949aba80c768ec463000c03ee22b3db8698062b4",
        "report pin-sample/html-sl": "6bda9a428fb63a90d03dd9d82c7e42cdb983fe29c85ac056c2e49f98fe8c3733",
        "report pin-sample/json": "c1e1eb3fc219300d177796d287e900cb3bd05c5f4330447aa4ec7e5e0933c051",
        "report pin-sample/json-compact": "1e3eb2b28dc4f6740ee83f3312916914afce5bc08431685d0fc4b7d76a7bc34a",
        "report pin-sample/markdown-en-brief":
            "1261062cd807aaac6c87ff4b4171b9b09eca9c20d6d9dff8e947a3d577178989",
        "report pin-sample/markdown-sl": "04e58144b9438168a844a816eb2294e8cd6a1d1f40fa59fc25bb108c1b4134bf",
        "report pin-sample/text-en": "45a98dc02784d8c336acff4bad3cdb28409792c931d4fee58d41f6f13adabb38",
        "report pin-sample/text-sl": "5841b212a8ad1ec1918d9b277baa91780405f203e14814cb9c71c12f6a200ba6",
        // The JSON file store's files (format version 2), the store identifier replaced by `StoreBytes.fixedStoreID`.
        "store demo/appended/head.json": "498a4b1286a4e410a63188bd5c209caf53361224cdd8d5bd8dda504c29bb8b1a",
        "store demo/appended/journal.jsonl":
            "8d986360b7c66fb9ce81735c15492a17151ceb605d549f0fcf0e9d70f67602fa",
        "store demo/closed/head.json": "eb3fe37c168315be50951e045272e358ae02923fa886451cb4437fcae73bb611",
        "store demo/closed/history.jsonl": "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store demo/closed/journal.jsonl": "13a262b3703a153d1666d1e819b57401283080cb83af53903862d62946ceabcf",
        "store demo/closed/snapshot.json": "bd28480c9504b9f5241d4fbad945506da58cc21ef6e83a80bc3ec10b834b6633",
        "store demo/compacted/head.json": "44ec99de0ff30b54b934a766cbf6ac00ca2f99880949f386c838855eaa0fb4a9",
        "store demo/compacted/history.jsonl":
            "4bfc6aedd124528a152966862839bbc2e4c9d70692601d8e120c01157bd7957a",
        "store demo/compacted/journal.jsonl":
            "c899d7bb2b990e27d40654059340d123c9c327514713e9c32ad75a96dd55cbb5",
        "store demo/compacted/snapshot.json":
            "43395a9c079d320072c1fc794b29f322a793b62ebc3dc03c5d59f7180516ef70",
        "store demo/created/head.json": "4a0fd1cf68a4046a146acd197240d9d3c75c3b52bc92e0786c0774122909bc4b",
        "store demo/created/history.jsonl":
            "3d751a814c18a45ca7da2405c0c4c53a0c195fb33c9ba0e2b23e8eb1e211e0df",
        "store demo/created/journal.jsonl":
            "6ca6ac50762ea47c22687da61ec9443f93e1ee4e7179cf7ffa3467059b4427f9",
        "store demo/created/snapshot.json":
            "f708dfe756e1f1f668aee514736f0f0842ccaa49ba3cf4127990036dd8cb2285",
        "store demo/erased/head.json": "280890cfd0fa5de3a596cf4fe9770135ddb32f11d00e9a878eecb99d89beb59e",
        "store demo/erased/history.jsonl": "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store demo/erased/journal.jsonl": "ddd1eaa4b2eea1a982b169be90b65aab4a56793abb9084a0c94311088d0c6731",
        "store demo/erased/snapshot.json": "bd28480c9504b9f5241d4fbad945506da58cc21ef6e83a80bc3ec10b834b6633",
        "store pin-sample/appended/head.json":
            "498a4b1286a4e410a63188bd5c209caf53361224cdd8d5bd8dda504c29bb8b1a",
        "store pin-sample/appended/journal.jsonl":
            "8d986360b7c66fb9ce81735c15492a17151ceb605d549f0fcf0e9d70f67602fa",
        "store pin-sample/closed/head.json":
            "eb3fe37c168315be50951e045272e358ae02923fa886451cb4437fcae73bb611",
        "store pin-sample/closed/history.jsonl":
            "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store pin-sample/closed/journal.jsonl":
            "13a262b3703a153d1666d1e819b57401283080cb83af53903862d62946ceabcf",
        "store pin-sample/closed/snapshot.json":
            "d0f65816def112cce940e933f6b08aaf2bc25963c398e61f4819e914b189855e",
        "store pin-sample/compacted/head.json":
            "44ec99de0ff30b54b934a766cbf6ac00ca2f99880949f386c838855eaa0fb4a9",
        "store pin-sample/compacted/history.jsonl":
            "4bfc6aedd124528a152966862839bbc2e4c9d70692601d8e120c01157bd7957a",
        "store pin-sample/compacted/journal.jsonl":
            "c899d7bb2b990e27d40654059340d123c9c327514713e9c32ad75a96dd55cbb5",
        "store pin-sample/compacted/snapshot.json":
            "c06772d1bf078bd1dd81789c691147c87be91b21794ea30a14a5e83fe24f6799",
        "store pin-sample/created/head.json":
            "4a0fd1cf68a4046a146acd197240d9d3c75c3b52bc92e0786c0774122909bc4b",
        "store pin-sample/created/history.jsonl":
            "3d751a814c18a45ca7da2405c0c4c53a0c195fb33c9ba0e2b23e8eb1e211e0df",
        "store pin-sample/created/journal.jsonl":
            "6ca6ac50762ea47c22687da61ec9443f93e1ee4e7179cf7ffa3467059b4427f9",
        "store pin-sample/created/snapshot.json":
            "5d30588b9bbfaf1ecaa7cb7b1bef9df049bd2106c3b82ad288f6d09bed098270",
        "store pin-sample/erased/head.json":
            "280890cfd0fa5de3a596cf4fe9770135ddb32f11d00e9a878eecb99d89beb59e",
        "store pin-sample/erased/history.jsonl":
            "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store pin-sample/erased/journal.jsonl":
            "ddd1eaa4b2eea1a982b169be90b65aab4a56793abb9084a0c94311088d0c6731",
        "store pin-sample/erased/snapshot.json":
            "d0f65816def112cce940e933f6b08aaf2bc25963c398e61f4819e914b189855e",
    ]
}
