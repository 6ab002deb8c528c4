import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class OrganisatieView {
  @ApiProperty({ example: 'vt-rotterdam-rijnmond' }) code!: string;
  @ApiProperty({ example: 'Veilig Thuis Rotterdam Rijnmond' }) naam!: string;
  @ApiProperty({ example: 'veilig-thuis' }) type!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Rotterdam' })
  gemeente!: string | null;
}

export class GebruikerView {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() organisatie!: string;
  @ApiProperty() organisatieNaam!: string;
  @ApiProperty({ type: [String] }) rollen!: string[];
  @ApiProperty({ format: 'date-time' }) laatstAangemeld!: string;
}

export class GereedheidView {
  @ApiProperty({ example: 'database' }) naam!: string;
  @ApiProperty() inOrde!: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) reden!: string | null;
}

export class BezorgStandView {
  @ApiProperty() ontvanger!: string;
  @ApiProperty() ontvangerNaam!: string;
  @ApiProperty({ enum: ['wachtend', 'onbestelbaar'] }) status!: string;
  @ApiProperty() aantal!: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  oudsteOp!: string | null;
}

export class TaakwachtrijView {
  @ApiProperty() naam!: string;
  @ApiProperty() wachtend!: number;
  @ApiProperty() actief!: number;
  @ApiProperty() mislukt!: number;
}

export class GezondheidView {
  @ApiProperty({ description: 'Alles in orde (elke controle, geen onbestelbare bezorging)' })
  inOrde!: boolean;
  @ApiProperty({ type: [GereedheidView] }) controles!: GereedheidView[];
  @ApiProperty({ description: 'Records die nog verzegeld moeten worden' })
  verzegelWachtrij!: number;
  @ApiProperty({ description: 'Hoe lang het oudste onverzegelde record wacht (seconden)' })
  verzegelAchterstandSeconden!: number;
  @ApiProperty({ type: [BezorgStandView], description: 'Bezorgingen die nog niet bezorgd zijn' })
  bezorgingen!: BezorgStandView[];
  @ApiProperty({ type: [TaakwachtrijView] }) taken!: TaakwachtrijView[];
}
