using NewsParsing.Dates;
using NewsParsing.Lexicons;

namespace NewsParsing.Tests.Rules;

/// <summary>Dates as pages write them; the expected value is the contract's ISO form.</summary>
public sealed class DateTextTests
{
    private static IEnumerable<LanguageLexicon> All => LexiconSet.Default.All;

    [Theory]
    [InlineData("2024-06-19", "2024-06-19")]
    [InlineData("2024-06-19 10:39:40", "2024-06-19T10:39:40")]
    [InlineData("2024-06-19T10:39", "2024-06-19T10:39")]
    [InlineData("2024-06-19T08:37:01+02:00", "2024-06-19T08:37:01+02:00")]
    [InlineData("2024-06-19T08:37:01Z", "2024-06-19T08:37:01+00:00")]
    [InlineData("2024-06-19T08:37:01.123-0500", "2024-06-19T08:37:01-05:00")]
    public void IsoForms(string text, string expected)
    {
        Assert.True(DateText.TryParseIsoLike(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("19/06/2024", "2024-06-19")]
    [InlineData("19/06/2024 à 14h32", "2024-06-19T14:32")]
    [InlineData("19.06.2024, 14:32 Uhr", "2024-06-19T14:32")]
    [InlineData("05/03/24", "2024-03-05")]                          // day first, two-digit year
    [InlineData("12/22/2023", "2023-12-22")]
    [InlineData("12/22/23 11:35 AM", "2023-12-22T11:35")]           // month first where day first cannot be
    [InlineData("12/22/23 4:20pm", "2023-12-22T16:20")]
    public void NumericDayFirstForms(string text, string expected) => AssertParses(text, expected);

    [Theory]
    [InlineData("mercredi 19 juin 2024", "2024-06-19")]
    [InlineData("1er août 2024", "2024-08-01")]
    [InlineData("Le 1er mars 2023 à 14h32", "2023-03-01T14:32")]
    [InlineData("19 juin 2024 à 14 h 32", "2024-06-19T14:32")]
    [InlineData("12 févr. 2024", "2024-02-12")]
    [InlineData("dimanche, septembre 24, 2023", "2023-09-24")]
    [InlineData("3 decembre 2022", "2022-12-03")]                   // accent dropped by the page
    public void FrenchWrittenForms(string text, string expected) => AssertParses(text, expected);

    [Theory]
    [InlineData("June 19, 2024", "2024-06-19")]
    [InlineData("Wednesday, June 19, 2024", "2024-06-19")]
    [InlineData("19 June 2024", "2024-06-19")]
    [InlineData("Sept. 3, 2024", "2024-09-03")]
    [InlineData("March 5th, 2024", "2024-03-05")]
    [InlineData("Jan 2, 2025 at 9:05", "2025-01-02T09:05")]
    [InlineData("June 12, 2024, 2:15 pm", "2024-06-12T14:15")]       // 12-hour clock
    [InlineData("June 12, 2024 at 9:30 a.m.", "2024-06-12T09:30")]
    [InlineData("June 12, 2024 12:05 am", "2024-06-12T00:05")]
    [InlineData("June 12, 2024 12:05 PM", "2024-06-12T12:05")]
    public void EnglishWrittenForms(string text, string expected) => AssertParses(text, expected);

    [Theory]
    [InlineData("19. Juni 2024", "2024-06-19")]
    [InlineData("Mittwoch, 19. Juni 2024", "2024-06-19")]
    [InlineData("3. März 2024, 08:15 Uhr", "2024-03-03T08:15")]
    [InlineData("1. Jänner 2025", "2025-01-01")]
    [InlineData("am 19. Juni 2024 um 14:30 Uhr", "2024-06-19T14:30")] // "am" before the time is German, not a.m.
    public void GermanWrittenForms(string text, string expected) => AssertParses(text, expected);

    [Theory]
    [InlineData("19 juin")]                 // no year: never completed with the current year
    [InlineData("June 19")]
    [InlineData("19. Juni")]
    [InlineData("mercredi 19 juin")]
    public void DateWithoutYearIsRejected(string text) => Assert.False(DateText.TryParse(text, All, out _));

    [Theory]
    [InlineData("2023-02-29")]               // not a leap year
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("31 avril 2024")]
    [InlineData("31/06/2024")]
    [InlineData("30. Februar 2024")]
    [InlineData("2024-06-19 24:10")]         // no hour 24
    [InlineData("1900-01-01")]               // before the web
    [InlineData("June 12, 2024 14:15 pm")]   // no hour 14 on a 12-hour clock
    public void InvalidDayIsRejected(string text) => Assert.False(DateText.TryParse(text, All, out _));

    [Theory]
    [InlineData("Il est venu le 19 juin 2024.")]   // a date inside prose is not a date line
    [InlineData("Prix : 19,90 €")]
    [InlineData("2024")]
    [InlineData("")]
    public void ProseIsNotADate(string text) => Assert.False(DateText.TryParse(text, All, out _));

    [Fact]
    public void LeapDayIsValidInALeapYear() => AssertParses("29 février 2024", "2024-02-29");

    [Theory]
    [InlineData("1718786221", "2024-06-19T08:37:01+00:00")]
    public void UnixSecondsLine(string text, string expected)
    {
        Assert.True(DateText.TryParseUnixSeconds(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("123456789")]      // nine digits
    [InlineData("9999999999")]     // year 2286
    [InlineData("17187862a1")]
    public void UnixSecondsRejectsOtherNumbers(string text) => Assert.False(DateText.TryParseUnixSeconds(text, out _));

    [Theory]
    [InlineData("19 juin", 19, 6)]
    [InlineData("1er mars", 1, 3)]
    [InlineData("Sept 3", 3, 9)]
    [InlineData("19. Juni", 19, 6)]
    public void DayMonthWithoutYearForDatelines(string text, int day, int month)
    {
        Assert.True(DateText.TryParseDayMonth(text, All, out var d, out var m, out var year));
        Assert.Equal((day, month, (int?)null), (d, m, year));
    }

    private static void AssertParses(string text, string expected)
    {
        Assert.True(DateText.TryParse(text, All, out var date), $"'{text}' was not read as a date");
        Assert.Equal(expected, date.ToString());
    }
}
