using System.Text;
using CrlmDecision.Service.Configuration;

namespace CrlmDecision.Service.Http;

/// <summary>Reads a request body as UTF-8 text within the configured size, refusing what is too large or not JSON.</summary>
internal static class RequestText
{
    private static readonly string[] JsonTypes = ["application/json", "application/fhir+json"];

    /// <summary>The body's text, or the outcome (413, 415 or 400) that refuses it.</summary>
    public static async Task<(string? Text, IResult? Refusal)> ReadAsync(HttpRequest request, LimitsOptions limits)
    {
        var mediaType = request.ContentType?.Split(';', 2)[0].Trim();
        if (mediaType is null || !JsonTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, OperationOutcome.Error("not-supported", $"Content-Type '{request.ContentType}' is not accepted; send application/json or application/fhir+json").ToResult(StatusCodes.Status415UnsupportedMediaType));
        }

        if (request.ContentLength > limits.MaxRequestBodyBytes)
        {
            return (null, TooLarge(request, limits));
        }

        // Read at most one byte past the limit: a chunked body without Content-Length is bounded the same way.
        var buffer = new byte[Math.Min(limits.MaxRequestBodyBytes + 1, (int?)request.ContentLength + 1 ?? 16 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limits.MaxRequestBodyBytes)
                {
                    return (null, TooLarge(request, limits));
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, limits.MaxRequestBodyBytes + 1));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > limits.MaxRequestBodyBytes)
        {
            return (null, TooLarge(request, limits));
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, OperationOutcome.Error("invalid", "the request body is not valid UTF-8 text").ToResult(StatusCodes.Status400BadRequest));
        }
    }

    private static IResult TooLarge(HttpRequest request, LimitsOptions limits)
    {
        // The rest of the body is not read: close the connection so the client does not send on it again.
        request.HttpContext.Response.Headers.Connection = "close";
        return OperationOutcome.Error("too-costly", $"the request body is larger than {limits.MaxRequestBodyBytes} bytes").ToResult(StatusCodes.Status413PayloadTooLarge);
    }
}
