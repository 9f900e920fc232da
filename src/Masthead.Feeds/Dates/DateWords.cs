namespace Masthead.Feeds.Dates;

/// <summary>
/// Token tables for dates as feeds write them: month and weekday names in the languages seen in the wild
/// (English, French, German, Spanish, Italian, Dutch, Greek, Hungarian), and time-zone abbreviations with
/// their offsets in minutes (RFC 822 section 5 zones, RFC 1123 military letters as listparser reads them,
/// and the common North American and European abbreviations).
/// </summary>
internal static class DateWords
{
    public static readonly Dictionary<string, int> Months = Build(
        (1, ["jan", "january", "janv", "janvier", "januar", "jänner", "ene", "enero", "gen", "gennaio", "januari", "ιαν", "ιανουάριος", "ιανουαρίου", "január", "jan"]),
        (2, ["feb", "february", "févr", "fev", "février", "februar", "febrero", "febbraio", "februari", "φεβ", "φεβρουάριος", "φεβρουαρίου", "február"]),
        (3, ["mar", "march", "mars", "märz", "mär", "marzo", "maart", "μάρ", "μαρ", "μάρτιος", "μαρτίου", "március", "márc"]),
        (4, ["apr", "april", "avr", "avril", "abr", "abril", "aprile", "απρ", "απρίλιος", "απριλίου", "április", "ápr"]),
        (5, ["may", "mai", "mayo", "mag", "maggio", "mei", "μάι", "μάϊ", "μαι", "μάιος", "μαΐου", "május", "máj"]),
        (6, ["jun", "june", "juin", "juni", "junio", "giu", "giugno", "ιούν", "ιουν", "ιούνιος", "ιουνίου", "június", "jún"]),
        (7, ["jul", "july", "juil", "juillet", "juli", "julio", "lug", "luglio", "ιούλ", "ιουλ", "ιούλιος", "ιουλίου", "július", "júl"]),
        (8, ["aug", "august", "août", "aout", "ago", "agosto", "augustus", "αύγ", "αυγ", "αύγουστος", "αυγούστου", "augusztus"]),
        (9, ["sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "σεπ", "σεπτέμβριος", "σεπτεμβρίου", "szeptember", "szept"]),
        (10, ["oct", "october", "octobre", "okt", "oktober", "octubre", "ott", "ottobre", "οκτ", "οκτώβριος", "οκτωβρίου", "október"]),
        (11, ["nov", "november", "novembre", "noviembre", "νοέ", "νοε", "νοέμβριος", "νοεμβρίου", "november"]),
        (12, ["dec", "december", "déc", "décembre", "dez", "dezember", "dic", "diciembre", "dicembre", "δεκ", "δεκέμβριος", "δεκεμβρίου", "december"]));

    public static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday", "lun", "lundi", "mar", "mardi", "mer", "mercredi", "jeu", "jeudi", "ven",
        "vendredi", "sam", "samedi", "dim", "dimanche", "mo", "di", "mi", "do", "fr", "sa", "so", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "κυρ", "δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    };

    /// <summary>Zone abbreviations to minutes east of UTC.</summary>
    public static readonly Dictionary<string, int> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ut"] = 0,
        ["utc"] = 0,
        ["gmt"] = 0,
        ["z"] = 0,
        ["etc/gmt"] = 0,
        ["etc/utc"] = 0,
        ["etc/"] = 0,
        ["wet"] = 0,
        ["est"] = -300,
        ["edt"] = -240,
        ["cst"] = -360,
        ["cdt"] = -300,
        ["mst"] = -420,
        ["mdt"] = -360,
        ["pst"] = -480,
        ["pdt"] = -420,
        ["akst"] = -540,
        ["akdt"] = -480,
        ["hst"] = -600,
        ["ast"] = -240,
        ["adt"] = -180,
        ["at"] = -240,
        ["et"] = -300,
        ["ct"] = -360,
        ["mt"] = -420,
        ["pt"] = -480,
        ["nst"] = -210,
        ["ndt"] = -150,
        ["bst"] = 60,
        ["ist"] = 330,
        ["cet"] = 60,
        ["cest"] = 120,
        ["met"] = 60,
        ["mest"] = 120,
        ["mez"] = 60,
        ["mesz"] = 120,
        ["eet"] = 120,
        ["eest"] = 180,
        ["msk"] = 180,
        ["jst"] = 540,
        ["kst"] = 540,
        ["hkt"] = 480,
        ["sgt"] = 480,
        ["aest"] = 600,
        ["aedt"] = 660,
        ["acst"] = 570,
        ["awst"] = 480,
        ["nzst"] = 720,
        ["nzdt"] = 780,
        // RFC 1123 military zones, read as listparser and feedparser do (A = -1 h ... M = -12 h, N = +1 h ... Y = +12 h).
        ["a"] = -60,
        ["b"] = -120,
        ["c"] = -180,
        ["d"] = -240,
        ["e"] = -300,
        ["f"] = -360,
        ["g"] = -420,
        ["h"] = -480,
        ["i"] = -540,
        ["k"] = -600,
        ["l"] = -660,
        ["m"] = -720,
        ["n"] = 60,
        ["o"] = 120,
        ["p"] = 180,
        ["q"] = 240,
        ["r"] = 300,
        ["s"] = 360,
        ["t"] = 420,
        ["u"] = 480,
        ["v"] = 540,
        ["w"] = 600,
        ["x"] = 660,
        ["y"] = 720,
    };

    /// <summary>Words that carry no date information ("at", the "-" of "Monday - 3pm").</summary>
    public static readonly HashSet<string> Noise = new(StringComparer.OrdinalIgnoreCase) { "at", "-", "de", "um", "à", "le", "the", "on" };

    private static Dictionary<string, int> Build(params (int Month, string[] Names)[] rows)
    {
        var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (month, names) in rows)
        {
            foreach (var name in names)
            {
                table.TryAdd(name, month);
            }
        }
        return table;
    }
}
