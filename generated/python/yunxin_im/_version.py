"""Version of this SDK and of the API description it was generated from."""

__version__ = "0.1.0"

#: ``info.version`` of the OpenAPI spec.
API_VERSION = "2.1.0"
