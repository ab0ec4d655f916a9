import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  simulatedAdvanceSchema,
  simulatedCollectSchema,
  simulatedLetterSchema,
  simulatorsStatusSchema,
} from '@obieg/contracts/integrations';
import { requirePermission } from '../app/plugins/request-context.js';
import type { AppDependencies } from '../app/server.types.js';
import { buildSampleWnioDokument } from '../integrations/epuap/wnio-dokument.builder.js';
import { getDispatchItem } from '../modules/dispatch/dispatch.usecases.js';
import { createInvalidTransitionError } from '../modules/dispatch/dispatch.errors.js';
import { toWarsawDate } from '../shared/clock/clock.js';
import { renderPlainTextPdf } from '../shared/pdf/pdf-plain-text.js';
import type { DemoSimulators } from './demo-simulators.js';

const tags = ['simulators'];

/**
 * Controls of the local simulators for the demo (and the e2e tests): a citizen writes to the
 * office, an addressee collects a letter, days pass. Registered only when the simulators run
 * (never in production).
 */
export function registerSimulatorRoutes(
  fastify: FastifyInstance,
  deps: AppDependencies,
  simulators: DemoSimulators,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const allowed = requirePermission('tenant:manage', 'dispatch:send');

  app.get(
    '/api/v1/simulators',
    {
      preHandler: allowed,
      schema: {
        tags,
        summary: 'The local simulators of this demo',
        response: { 200: simulatorsStatusSchema },
      },
    },
    async (request) => {
      const office = simulators.offices.get(request.ctx.actor.tenantId);
      return {
        enabled: true,
        edelivery: { url: simulators.edelivery.url, officeAddress: office?.ade ?? null },
        epuap: { url: simulators.epuap.url, officeBox: office?.box ?? null },
        smtp: { port: simulators.smtp.port, messages: simulators.smtp.messages.length },
      };
    },
  );
  app.post(
    '/api/v1/simulators/letters',
    {
      preHandler: allowed,
      schema: {
        tags,
        summary:
          'A citizen sends the office a letter (with a PDF) through the e-Doręczenia or ePUAP simulator',
        body: simulatedLetterSchema,
        response: { 201: z.object({ reference: z.string() }) },
      },
    },
    async (request, reply) => {
      const office = simulators.offices.get(request.ctx.actor.tenantId);
      const { channel, title, senderName, text } = request.body;
      const pdf = await renderPlainTextPdf({ title, text: `${text}\n\n${senderName}` });
      if (channel === 'edelivery') {
        if (!office?.ade) throw createInvalidTransitionError({ detail: 'This office has no simulated ADE.' });
        const { messageId } = simulators.edelivery.control.deliverToOffice({
          toAde: office.ade,
          fromAde: 'AE:PL-43563-82585-JHWCF-30',
          fromName: senderName,
          subject: title,
          textBody: text,
          attachments: [{ filename: 'pismo.pdf', contentType: 'application/pdf', bytes: pdf }],
        });
        return reply.status(201).send({ reference: messageId });
      }
      if (!office?.box)
        throw createInvalidTransitionError({ detail: 'This office has no simulated ePUAP box.' });
      const form = buildSampleWnioDokument({
        date: toWarsawDate(deps.clock.now()),
        title,
        senderName,
        text,
        attachments: [{ fileName: 'pismo.pdf', mediaType: 'application/pdf', bytes: pdf }],
        senderAddress: { street: 'Polna', building: '3', postalCode: '00-950', city: 'Przykładowo' },
      });
      const words = senderName.split(/\s+/);
      const submitted = await simulators.epuap.control.submitToBox({
        toBox: office.box,
        from: {
          identyfikator: 'obywatel-demo',
          imie: words[0],
          nazwisko: words.slice(1).join(' ') || words[0],
        },
        document: form,
        fileName: 'pismo-ogolne.xml',
      });
      return reply.status(201).send({ reference: submitted.identyfikatorDokumentu });
    },
  );
  app.post(
    '/api/v1/simulators/collect',
    {
      preHandler: allowed,
      schema: {
        tags,
        summary: 'The addressee of a sent letter collects it (e-Doręczenia E.1, ePUAP UPD)',
        body: simulatedCollectSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { item } = await getDispatchItem({ deps, ctx: request.ctx, itemId: request.body.dispatchItemId });
      if (!item.externalId)
        throw createInvalidTransitionError({ detail: 'The letter has not been sent yet.' });
      if (item.channel === 'epuap') await simulators.epuap.control.collect(item.id);
      else if (item.channel === 'edelivery' || item.channel === 'edelivery_hybrid')
        simulators.edelivery.control.collect(
          item.externalId,
          item.addressee.edeliveryAddress ? { recipientAde: item.addressee.edeliveryAddress } : {},
        );
      else
        throw createInvalidTransitionError({
          detail: 'Only e-Doręczenia and ePUAP letters are collected in a simulator.',
        });
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/simulators/advance',
    {
      preHandler: allowed,
      schema: {
        tags,
        summary: "Move the e-Doręczenia simulator's clock (the 14-day fiction of delivery)",
        body: simulatedAdvanceSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      simulators.edelivery.control.advance(request.body.days);
      return reply.status(204).send(null);
    },
  );
}
