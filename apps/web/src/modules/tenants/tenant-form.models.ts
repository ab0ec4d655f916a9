import type { Tenant } from '@obieg/contracts/tenants';
import { blankToNull, type FieldMessages } from '../../shared/forms/validation';

export type TenantFormValues = {
  name: string;
  nip: string;
  regon: string;
  teryt: string;
  street: string;
  building: string;
  flat: string;
  postalCode: string;
  city: string;
  country: string;
  epuapBox: string;
  edeliveryAddress: string;
};

export function toTenantFormValues(tenant: Tenant): TenantFormValues {
  return {
    name: tenant.name,
    nip: tenant.nip ?? '',
    regon: tenant.regon ?? '',
    teryt: tenant.teryt ?? '',
    street: tenant.address?.street ?? '',
    building: tenant.address?.building ?? '',
    flat: tenant.address?.flat ?? '',
    postalCode: tenant.address?.postalCode ?? '',
    city: tenant.address?.city ?? '',
    country: tenant.address?.country ?? 'PL',
    epuapBox: tenant.epuapBox ?? '',
    edeliveryAddress: tenant.edeliveryAddress ?? '',
  };
}

/** Form text → the PATCH body; an address with no field filled in is sent as null. */
export function toUpdateTenantInput(values: TenantFormValues) {
  const addressParts = [values.street, values.building, values.flat, values.postalCode, values.city];
  const hasAddress = addressParts.some((part) => part.trim() !== '');
  return {
    name: values.name.trim(),
    nip: blankToNull(values.nip),
    regon: blankToNull(values.regon),
    teryt: blankToNull(values.teryt),
    address: hasAddress
      ? {
          street: blankToNull(values.street),
          building: blankToNull(values.building),
          flat: blankToNull(values.flat),
          postalCode: blankToNull(values.postalCode),
          city: values.city.trim(),
          country: values.country.trim().toUpperCase() || 'PL',
        }
      : null,
    epuapBox: blankToNull(values.epuapBox),
    edeliveryAddress: blankToNull(values.edeliveryAddress),
  };
}

export const TENANT_FIELD_MESSAGES: FieldMessages = {
  '/nip': 'tenants.settings.nip.invalid',
  '/regon': 'tenants.settings.regon.invalid',
  '/teryt': 'tenants.settings.teryt.invalid',
  '/address/postalCode': 'tenants.settings.postal_code.invalid',
  '/address/country': 'tenants.settings.country.invalid',
  '/epuapBox': 'tenants.settings.epuap_box.invalid',
  '/edeliveryAddress': 'tenants.settings.edelivery_address.invalid',
};

export const TENANT_FIELD_PATHS = [
  '/name',
  '/nip',
  '/regon',
  '/teryt',
  '/address/street',
  '/address/building',
  '/address/flat',
  '/address/postalCode',
  '/address/city',
  '/address/country',
  '/epuapBox',
  '/edeliveryAddress',
];
