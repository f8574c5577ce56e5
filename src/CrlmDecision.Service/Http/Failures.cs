using Microsoft.AspNetCore.Diagnostics;

namespace CrlmDecision.Service.Http;

/// <summary>
/// The answers for requests that no endpoint answered itself: an exception (500, or the status of a request
/// Kestrel could not read) and empty error statuses (404, 405), each as an OperationOutcome without a stack trace.
/// </summary>
internal static class Failures
{
    public static Task WriteAsync(HttpContext context)
    {
        var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        return failure is BadHttpRequestException bad
            ? OperationOutcome.Error("structure", "the request could not be read: " + bad.Message).WriteAsync(context.Response, bad.StatusCode)
            : OperationOutcome.Error("exception", "the service could not answer this request; the failure is logged, without patient data").WriteAsync(context.Response, StatusCodes.Status500InternalServerError);
    }

    public static Task WriteStatusAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var (code, words) = status switch
        {
            StatusCodes.Status404NotFound => ("not-found", "there is no endpoint at this path; GET /cds-services and /openapi/v1.json list them"),
            StatusCodes.Status405MethodNotAllowed => ("not-supported", "this endpoint does not accept the method " + context.Request.Method),
            _ => ("processing", "the request was refused with status " + status),
        };
        return OperationOutcome.Error(code, words).WriteAsync(context.Response, status);
    }
}
