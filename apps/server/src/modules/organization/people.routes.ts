import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, listQuerySchema, listResponseSchema } from '@obieg/contracts/common';
import {
  createPositionInputSchema,
  createRoleInputSchema,
  createSubstitutionInputSchema,
  createUserInputSchema,
  positionListQuerySchema,
  positionSchema,
  roleSchema,
  substitutionSchema,
  updatePositionInputSchema,
  updateRoleInputSchema,
  updateUserInputSchema,
  userSchema,
} from '@obieg/contracts/organization';
import { requirePermission } from '../../app/plugins/request-context.js';
import type { AppDependencies } from '../../app/server.types.js';
import {
  createPosition,
  createSubstitution,
  getPosition,
  listPositions,
  listSubstitutions,
  revokeSubstitution,
  updatePosition,
} from './positions.usecases.js';
import { createRole, getRole, listRoles, updateRole } from './roles.usecases.js';
import { createUser, getUser, listUsers, updateUser } from './users.usecases.js';

export function registerPeopleRoutes(fastify: FastifyInstance, deps: AppDependencies) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const usersRead = requirePermission('users:read');
  const usersManage = requirePermission('users:manage');

  app.get(
    '/api/v1/users',
    {
      preHandler: usersRead,
      schema: {
        tags: ['users'],
        querystring: listQuerySchema.extend({ q: z.string().trim().max(100).optional() }),
        response: { 200: listResponseSchema(userSchema) },
      },
    },
    async (request) => listUsers({ deps, ctx: request.ctx, ...request.query }),
  );
  app.get(
    '/api/v1/users/:id',
    {
      preHandler: usersRead,
      schema: { tags: ['users'], params: idParamsSchema, response: { 200: userSchema } },
    },
    async (request) => getUser({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/users',
    {
      preHandler: usersManage,
      schema: { tags: ['users'], body: createUserInputSchema, response: { 201: userSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser({ deps, ctx: request.ctx, input: request.body })),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      preHandler: usersManage,
      schema: {
        tags: ['users'],
        params: idParamsSchema,
        body: updateUserInputSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => updateUser({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );

  app.get(
    '/api/v1/positions',
    {
      preHandler: usersRead,
      schema: {
        tags: ['positions'],
        querystring: positionListQuerySchema,
        response: { 200: listResponseSchema(positionSchema) },
      },
    },
    async (request) => ({
      items: await listPositions({ deps, ctx: request.ctx, filter: request.query }),
      nextCursor: null,
    }),
  );
  app.get(
    '/api/v1/positions/:id',
    {
      preHandler: usersRead,
      schema: { tags: ['positions'], params: idParamsSchema, response: { 200: positionSchema } },
    },
    async (request) => getPosition({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/positions',
    {
      preHandler: usersManage,
      schema: { tags: ['positions'], body: createPositionInputSchema, response: { 201: positionSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createPosition({ deps, ctx: request.ctx, input: request.body })),
  );
  app.patch(
    '/api/v1/positions/:id',
    {
      preHandler: usersManage,
      schema: {
        tags: ['positions'],
        params: idParamsSchema,
        body: updatePositionInputSchema,
        response: { 200: positionSchema },
      },
    },
    async (request) => updatePosition({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );

  const rolesRead = requirePermission('roles:read');
  const rolesManage = requirePermission('roles:manage');
  app.get(
    '/api/v1/roles',
    { preHandler: rolesRead, schema: { tags: ['roles'], response: { 200: listResponseSchema(roleSchema) } } },
    async (request) => ({
      items: await listRoles({ deps, ctx: request.ctx }),
      nextCursor: null,
    }),
  );
  app.get(
    '/api/v1/roles/:id',
    {
      preHandler: rolesRead,
      schema: { tags: ['roles'], params: idParamsSchema, response: { 200: roleSchema } },
    },
    async (request) => getRole({ deps, ctx: request.ctx, id: request.params.id }),
  );
  app.post(
    '/api/v1/roles',
    {
      preHandler: rolesManage,
      schema: { tags: ['roles'], body: createRoleInputSchema, response: { 201: roleSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createRole({ deps, ctx: request.ctx, input: request.body })),
  );
  app.patch(
    '/api/v1/roles/:id',
    {
      preHandler: rolesManage,
      schema: {
        tags: ['roles'],
        params: idParamsSchema,
        body: updateRoleInputSchema,
        response: { 200: roleSchema },
      },
    },
    async (request) => updateRole({ deps, ctx: request.ctx, id: request.params.id, input: request.body }),
  );

  app.get(
    '/api/v1/substitutions',
    {
      preHandler: usersRead,
      schema: { tags: ['substitutions'], response: { 200: listResponseSchema(substitutionSchema) } },
    },
    async (request) => ({
      items: await listSubstitutions({ deps, ctx: request.ctx }),
      nextCursor: null,
    }),
  );
  app.post(
    '/api/v1/substitutions',
    {
      preHandler: usersManage,
      schema: {
        tags: ['substitutions'],
        body: createSubstitutionInputSchema,
        response: { 201: substitutionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSubstitution({ deps, ctx: request.ctx, input: request.body })),
  );
  app.delete(
    '/api/v1/substitutions/:id',
    { preHandler: usersManage, schema: { tags: ['substitutions'], params: idParamsSchema } },
    async (request, reply) => {
      await revokeSubstitution({ deps, ctx: request.ctx, id: request.params.id });
      return reply.status(204).send();
    },
  );
}
