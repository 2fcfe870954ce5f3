using NewsParsing.Formats.Common;
using NewsParsing.Formats.GenericHtml;
using NewsParsing.Lexicons;

namespace NewsParsing.Tests.Html;

/// <summary>
/// WithoutGluedAgency tests each agency form at a name's end and start by index; it must answer
/// what the test with <c>EndsWith(" " + form)</c> / <c>StartsWith(form + " ")</c> answered.
/// </summary>
public sealed class GluedAgencyTests
{
    private static string Reference(string name, ParseContext context)
    {
        foreach (var agency in context.Lexicons.Common.List("agencies"))
        {
            foreach (var form in (string[])["The " + agency, agency])
            {
                string? rest = name.EndsWith(" " + form, StringComparison.Ordinal) ? name[..^(form.Length + 1)]
                    : name.StartsWith(form + " ", StringComparison.Ordinal) ? name[(form.Length + 1)..]
                    : null;
                if (rest is not null && rest.Contains(' ', StringComparison.Ordinal) && TextRules.LooksLikeName(rest))
                {
                    return rest.Trim();
                }
            }
        }

        return name;
    }

    [Fact]
    public void Agrees_with_the_concatenated_forms()
    {
        var context = Contexts.For("en");
        var agencies = LexiconSet.Default.Common.List("agencies");
        Assert.NotEmpty(agencies);
        var people = (string[])["Jane Doe", "Jean-Paul Roe", "jane doe", "Doe", "", " ", "Jane  Doe ", "Mary Ann O'Neil"];
        int glued = 0;
        foreach (var agency in agencies.Take(40).Concat(agencies.TakeLast(5)))
        {
            foreach (var person in people)
            {
                foreach (var name in (string[])[$"{person} {agency}", $"{person} The {agency}", $"{agency} {person}", $"The {agency} {person}",
                    $"{person}{agency}", $"{person} the {agency}", $"{person} The{agency}", agency, $"The {agency}", $"{person} {agency} ", $" {agency} {person}"])
                {
                    var expected = Reference(name, context);
                    Assert.Equal(expected, HtmlBylines.WithoutGluedAgency(name, context));
                    glued += expected == name ? 0 : 1;
                }
            }
        }

        Assert.True(glued > 100);
        Assert.Equal("Jane Doe", HtmlBylines.WithoutGluedAgency("Jane Doe The " + agencies[0], context));
    }
}
