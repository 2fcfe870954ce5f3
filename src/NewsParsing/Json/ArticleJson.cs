using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsParsing.Json;

/// <summary>
/// The contract's JSON for articles (json-contract.md): camelCase names, enums as camelCase
/// strings, dates as ISO 8601 with their precision, relaxed escaping so « é ’ stay readable.
/// Source-generated, so it needs no reflection and is trim-safe.
/// </summary>
public static class ArticleJson
{
    private static readonly JsonSerializerOptions Indented = Create(true);
    private static readonly JsonSerializerOptions Compact = Create(false);

    /// <summary>The serializer options (indented or compact) used by <see cref="Serialize"/>.</summary>
    public static JsonSerializerOptions Options(bool indented) => indented ? Indented : Compact;

    /// <summary>Writes an article as JSON; '\n' line endings, no trailing newline.</summary>
    public static string Serialize(Article article, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        var json = JsonSerializer.Serialize(article, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Article>)Options(indented).GetTypeInfo(typeof(Article)));
#if !NET9_0_OR_GREATER
        // Before .NET 9 the indented writer uses the platform's line ending; the contract says '\n'.
        if (indented && Environment.NewLine != "\n")
        {
            json = json.Replace(Environment.NewLine, "\n", StringComparison.Ordinal);
        }
#endif
        return json;
    }

    /// <summary>Reads an article written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The JSON is not an article.</exception>
    public static Article Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ArticleJsonContext.Default.Article)
            ?? throw new JsonException("the JSON is null, not an article");
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(ArticleJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = ArticleJsonContext.Default,
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>Writes <see cref="NewsDate"/> as its ISO 8601 string.</summary>
public sealed class NewsDateJsonConverter : JsonConverter<NewsDate>
{
    /// <inheritdoc />
    public override NewsDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var s = reader.GetString();
        return NewsDate.TryParseIso(s, out var date) ? date : throw new JsonException($"'{s}' is not an ISO 8601 date");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, NewsDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Writes an enum as its camelCase name ("listItem").</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters = [typeof(NewsDateJsonConverter), typeof(CamelCaseEnumConverter<BodyBlockKind>), typeof(CamelCaseEnumConverter<QuoteKind>)])]
[JsonSerializable(typeof(Article))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext
{
}
