"""Version of this SDK, of the API description it was generated from, and of the generator."""

__version__ = "0.1.0"

#: ``info.version`` of the OpenAPI spec.
API_VERSION = "2.1.0"

#: Version of the generator that wrote this package.
GENERATOR_VERSION = "0.1.0"
