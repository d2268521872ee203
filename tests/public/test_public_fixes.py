NULLABLE_AND_CLASH = """
openapi: 3.0.3
info: {title: Rooms, version: "1"}
paths:
  /classrooms/{id}:
    get:
      operationId: getClassroom
      tags: [classroom]
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/classroom"}
components:
  schemas:
    classroom:
      type: object
      required: [id, owner]
      properties:
        id: {type: integer}
        owner: {$ref: "#/components/schemas/nullable-user"}
    nullable-user:
      type: object
      nullable: true
      properties:
        login: {type: string}
"""


def test_github_shapes_nullable_components_and_a_resource_named_like_a_model(
    tmp_path: Path,
) -> None:
    """GitHub: a required field that refers to ``nullable-simple-user`` (``nullable: true``
    on the component) refused null; the ``classroom`` tag made a resource class ``Classroom``
    that shadowed the model ``Classroom`` (schema ``classroom``) in its module."""
    root = tmp_path / "openapi.yaml"
    root.write_text(NULLABLE_AND_CLASH, encoding="utf-8")
    api = build_api(bundle(root))
    (model,) = [m for module in api.modules for m in module.models if m.name == "Classroom"]
    owner = next(f for f in model.fields if f.py_name == "owner")
    assert owner.required and owner.annotation == "Optional[NullableUser]"
    (resource,) = api.resources
    assert resource.class_name == "ClassroomResource"
