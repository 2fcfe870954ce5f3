using System.Text;
using System.Text.Json;
using NewsParsing.Tests.Warc;

namespace NewsParsing.Tests.Cli;

/// <summary>
/// The issue's acceptance test: a generated WARC of 1 000 response records (HTML in several
/// charsets, redirects, images, broken records) parses through the CLI with the right counts
/// and no lost record.
/// </summary>
public sealed class WarcBatchTests
{
    private static readonly (string Charset, string? Declared, string Title)[] Pages =
    [
        ("utf-8", "utf-8", "Überraschung in München Nummer {0}"),
        ("iso-8859-1", "ISO-8859-1", "Élection à Noël numéro {0}"),
        ("windows-1252", "windows-1252", "L’été « chaud » numéro {0}"),
        ("windows-1251", "windows-1251", "Новости Москвы номер {0}"),
        ("koi8-r", "koi8-r", "Погода в Санкт-Петербурге номер {0}"),
        ("shift_jis", "Shift_JIS", "東京のニュース 第{0}号"),
        ("utf-8", null, "Ça déclenche une réaction numéro {0}"),
        ("windows-1252", null, "Déjà vu à Genève numéro {0}"),
    ];

    internal sealed record Expectation(List<(string Url, string Title)> Good, int Failures, int Skipped);

    /// <summary>Writes the WARC; returns what a correct run reports.</summary>
    internal static Expectation Generate(string path, int records = 1000)
    {
        var fixture = new WarcFixture();
        fixture.Add(WarcFixture.Record("warcinfo", null, "software: newsparsing-tests\r\n"u8.ToArray(), 100000));
        var good = new List<(string, string)>();
        int failures = 0, skipped = 0;
        for (int i = 0; i < records; i++)
        {
            var url = $"https://news{i % 7}.example.org/2024/06/article-{i}.html";
            if (i % 100 == 50)
            {
                fixture.Add(WarcFixture.Record("request", url, "GET / HTTP/1.1\r\n\r\n"u8.ToArray(), 200000 + i));
            }

            if (i % 200 == 57)
            {
                fixture.Add("this line is not a WARC record\r\nnor this one\r\n"u8.ToArray()); // junk between records
                failures++;
            }

            var (charset, declared, titleFormat) = Pages[i % Pages.Length];
            var title = string.Format(System.Globalization.CultureInfo.InvariantCulture, titleFormat, i);
            var encoding = NewsParsing.Warc.HttpResponse.EncodingFor(charset)!;
            var html = $"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>" +
                $"<p>{title}. Le correspondant rapporte les faits du jour, avec des détails sur la situation locale et les réactions.</p>" +
                "<p>A second paragraph gives more context about the events, the people involved and what happens next in the story.</p>" +
                "</article></body></html>";
            byte[] body = encoding.GetBytes(html);
            string? contentType = declared is null ? "text/html" : $"text/html; charset={declared}";
            int status = 200;
            Func<byte[], byte[]>? damage = null;
            bool contentLength = true;
            bool isGood = false;
            if (i % 100 == 7)
            {
                damage = WarcReaderTests.Corrupt;
                failures++;
            }
            else if (i % 100 == 17)
            {
                contentLength = false;
                failures++;
            }
            else if (i % 100 == 27)
            {
                status = 301;
                body = [];
                skipped++;
            }
            else if (i % 100 == 37)
            {
                contentType = "image/jpeg";
                body = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];
                skipped++;
            }
            else if (i % 200 == 47)
            {
                body = [];
                failures++;
            }
            else if (i % 200 == 147)
            {
                body = [0, 1, 2, 3, 0, 0, 0, 4, 5, 6, 0, 7];
                failures++;
            }
            else if (i == records - 1)
            {
                damage = member => member[..(member.Length / 2)]; // the file was cut off
                failures++;
            }
            else
            {
                isGood = true;
            }

            fixture.Add(WarcFixture.Record("response", url, WarcFixture.Http(status, contentType, body), i, contentLength: contentLength), damage);
            if (isGood)
            {
                good.Add((url, title));
            }
        }

        fixture.Save(path);
        return new Expectation(good, failures, skipped);
    }

    [Fact]
    public void A_thousand_record_warc_parses_with_the_right_counts_and_no_lost_record()
    {
        var dir = CliRunner.TempDir();
        var warc = Path.Combine(dir, "CC-NEWS-test.warc.gz");
        var expected = Generate(warc);
        Assert.Equal(949, expected.Good.Count);

        var (code, stdout, stderr) = CliRunner.Run("parse", warc, "--jobs", "2");

        Assert.Equal(1, code); // some records are broken
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Good.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            Assert.Equal(expected.Good[i].Url, root.GetProperty("url").GetString());
            var text = root.GetProperty("title").GetString() + "\n" + string.Join("\n", root.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()));
            Assert.Contains(expected.Good[i].Title, text, StringComparison.Ordinal);
            Assert.StartsWith(warc + "#", root.GetProperty("input").GetString(), StringComparison.Ordinal);
        }

        var failureLines = stderr.Split('\n').Where(l => l.StartsWith("newsparse: " + warc + "#", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Failures, failureLines.Count);
        Assert.Contains(
            $"newsparse: {expected.Good.Count + expected.Failures:N0} documents, {expected.Good.Count:N0} parsed, {expected.Failures} failed, {expected.Skipped} WARC response(s) skipped",
            stderr, StringComparison.Ordinal);
        Assert.Contains(failureLines, l => l.Contains("corrupt gzip", StringComparison.Ordinal));
        Assert.Contains(failureLines, l => l.Contains("Content-Length", StringComparison.Ordinal));
        Assert.Contains(failureLines, l => l.Contains("truncated", StringComparison.Ordinal));
        Assert.Contains(failureLines, l => l.Contains("malformed data", StringComparison.Ordinal));
        Directory.Delete(dir, recursive: true);
    }
}
