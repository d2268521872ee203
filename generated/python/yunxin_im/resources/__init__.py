"""The resources of the NetEase Yunxin IM server API v2, one module per tag of the spec.

Clients import these modules on first use of ``client.<resource>``.
This module is generated from the OpenAPI spec; do not edit it by hand.
"""
