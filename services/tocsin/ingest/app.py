"""The ingest HTTP API.

POST /v1/articles takes one JSON article, a JSON array of articles, or NDJSON
(Content-Type: application/x-ndjson) and answers 202 with the ids once the
broker has acknowledged every article. A batch is all or nothing: if any
record is invalid the answer is 4xx naming each bad record, and nothing is
published, so a client can fix and resend the whole batch.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, generate_latest
from starlette.responses import Response

from tocsin.core.logs import get_logger
from tocsin.core.settings import Settings
from tocsin.ingest.parsing import BadInput, Problem, parse_request
from tocsin.ingest.publisher import ArticlePublisher

log = get_logger(__name__)
ACCEPTED = Counter("tocsin_ingest_articles_accepted_total", "Articles published to Kafka")
REJECTED = Counter("tocsin_ingest_requests_rejected_total", "Requests refused", ["status"])


def create_app(settings: Settings, publisher: ArticlePublisher | None = None) -> FastAPI:
    publisher = publisher or ArticlePublisher(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await publisher.start()
        yield
        await publisher.stop()

    app = FastAPI(title="tocsin ingest", version="1", lifespan=lifespan)

    @app.exception_handler(BadInput)
    async def bad_input(request: Request, exc: BadInput) -> JSONResponse:
        REJECTED.labels(str(exc.status)).inc()
        log.info("request refused", status=exc.status, problems=[p.as_dict() for p in exc.problems][:10])
        return JSONResponse(
            status_code=exc.status,
            content={"error": str(exc.problems[0].reason if len(exc.problems) == 1 else "invalid articles"),
                     "problems": [p.as_dict() for p in exc.problems]},
        )

    async def read_limited(request: Request) -> bytes:
        limit = settings.ingest_max_body_bytes
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise BadInput(413, [Problem("body", f"{declared} bytes; the limit is {limit}")])
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BadInput(413, [Problem("body", f"over {limit} bytes")])
            chunks.append(chunk)
        return b"".join(chunks)

    async def accept(request: Request) -> JSONResponse:
        raw = await read_limited(request)
        articles = parse_request(raw, request.headers.get("content-type", "application/json"), settings.ingest_max_batch)
        ids = await publisher.publish(articles)
        ACCEPTED.inc(len(ids))
        log.info("articles accepted", count=len(ids), ids=ids[:5])
        return JSONResponse(status_code=202, content={"accepted": len(ids), "ids": ids})

    app.add_api_route("/v1/articles", accept, methods=["POST"], status_code=202, summary="Submit one article or a batch")
    app.add_api_route("/v1/articles:batch", accept, methods=["POST"], status_code=202, summary="Submit a batch (JSON array or NDJSON)")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app
